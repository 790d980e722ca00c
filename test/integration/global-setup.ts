/**
 * Vitest global setup of the integration project: starts a throwaway Neo4j with
 * Parley's own local-server code, in a temporary folder on free ports (never 7687 or
 * 7474), applies the schema, provides the connection as `inject('neo4j')`, and stops
 * and removes it afterwards. With PARLEY_TEST_NEO4J_URI (and
 * PARLEY_TEST_NEO4J_USERNAME, PARLEY_TEST_NEO4J_PASSWORD, PARLEY_TEST_NEO4J_DATABASE)
 * it uses that server instead and starts nothing.
 *
 * A server that cannot start is not a skip: the reason is provided, and every
 * integration test fails with it (see test-graph.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { isParleyError } from '../../src/errors.ts';
import { connectTo, connectionFor, migrate } from '../../src/graph/index.ts';
import { freePort, startLocalServer, stopLocalServer } from '../../src/graph/local-server/index.ts';
import type { TestNeo4j } from './test-neo4j.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Test-only settings, read here rather than in src/config.ts.
  const env = process.env;
  if (env.PARLEY_TEST_NEO4J_URI) {
    const connection = {
      uri: env.PARLEY_TEST_NEO4J_URI,
      username: env.PARLEY_TEST_NEO4J_USERNAME || 'neo4j',
      password: env.PARLEY_TEST_NEO4J_PASSWORD || '',
      database: env.PARLEY_TEST_NEO4J_DATABASE || 'neo4j',
      external: true,
    };
    project.provide('neo4j', await prepare({ connection, httpUrl: null, dir: null }));
    return async () => {};
  }

  const dir = mkdtempSync(join(tmpdir(), 'parley-test-neo4j-'));
  const boltPort = await freePort();
  let httpPort = await freePort();
  while (httpPort === boltPort) httpPort = await freePort();
  const config = loadConfig({
    JAVA_HOME: env.JAVA_HOME,
    PARLEY_NEO4J_VERSION: env.PARLEY_NEO4J_VERSION,
    PARLEY_NEO4J_BROWSER_VERSION: env.PARLEY_NEO4J_BROWSER_VERSION,
    PARLEY_NEO4J_DIR: dir,
    PARLEY_BOLT_PORT: String(boltPort),
    PARLEY_HTTP_PORT: String(httpPort),
    PARLEY_NEO4J_HEAP: '512m',
    PARLEY_NEO4J_PAGECACHE: '256m',
    PARLEY_NEO4J_START_TIMEOUT: '240',
  });
  const teardown = async () => {
    await stopLocalServer(config, { timeoutMs: 30_000 });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const started = await startLocalServer(config, { log: (line) => console.log(`[integration neo4j] ${line}`) });
    console.log(`[integration neo4j] up on bolt://127.0.0.1:${boltPort} in ${(started.elapsedMs / 1000).toFixed(1)}s (${dir})`);
    project.provide('neo4j', await prepare({ connection: connectionFor(config), httpUrl: `http://127.0.0.1:${httpPort}`, dir }));
  } catch (error) {
    project.provide('neo4j', { error: describe(error) });
  }
  return teardown;
}

/** Checks the server answers and applies the schema, so tests start from a migrated database. */
async function prepare(neo4j: TestNeo4j): Promise<TestNeo4j> {
  const graph = connectTo(neo4j.connection!);
  try {
    await graph.executor.verifyConnectivity();
    await migrate(graph.executor);
    return neo4j;
  } catch (error) {
    return { error: describe(error) };
  } finally {
    await graph.close();
  }
}

function describe(error: unknown): string {
  if (isParleyError(error)) return `${error.message} [${error.code}]${error.details ? `\n${error.details}` : ''}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
