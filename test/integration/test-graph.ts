/**
 * How an integration test reaches the shared Neo4j:
 *
 *   let graph: Graph;
 *   beforeAll(async () => { graph = await openTestGraph(); await resetDatabase(graph.executor); });
 *   afterAll(() => graph.close());
 *
 * Files run one at a time against the one server; each starts from an empty,
 * migrated database by calling resetDatabase in beforeAll.
 */
import { inject } from 'vitest';
import { connectTo, migrate, statements, type Connection, type Executor, type Graph } from '../../src/graph/index.ts';
import type { TestNeo4j } from './test-neo4j.ts';
import './test-neo4j.ts';

/** The shared server as the global setup provided it; throws its start-up failure. */
export function testNeo4j(): Required<Pick<TestNeo4j, 'connection'>> & TestNeo4j {
  const neo4j = inject('neo4j');
  if (!neo4j) throw new Error('no Neo4j was provided: is test/integration/global-setup.ts the globalSetup of this project?');
  if (neo4j.error || !neo4j.connection) throw new Error(`the integration Neo4j is not available:\n${neo4j.error ?? 'no connection'}`);
  return neo4j as Required<Pick<TestNeo4j, 'connection'>> & TestNeo4j;
}

/** The shared server's connection (uri, username, password, database). */
export function testConnection(): Connection {
  return testNeo4j().connection;
}

/** A driver and executor on the shared server, checked to answer. Close it in afterAll. */
export async function openTestGraph(): Promise<Graph> {
  const graph = connectTo(testConnection());
  await graph.executor.verifyConnectivity();
  return graph;
}

/** Deletes every node and relationship and (re)applies the schema. */
export async function resetDatabase(executor: Executor): Promise<void> {
  await executor.write(statements.get('admin/delete-all'));
  await migrate(executor);
}
