/**
 * The sample graph: the shared test Neo4j emptied and seeded with seed/, the dumps
 * `npm start` loads. For tests that check what a new user sees (explore queries,
 * browser tests). Close the graph in afterAll.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedPaths } from '../../src/cli/seed.ts';
import { loadConfig } from '../../src/config.ts';
import type { Graph } from '../../src/graph/index.ts';
import { openTestGraph, resetDatabase } from './test-graph.ts';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

/** Empties the test database, seeds seed/ into it and returns the graph. */
export async function openSampleGraph(): Promise<Graph> {
  const graph = await openTestGraph();
  const home = mkdtempSync(join(tmpdir(), 'parley-sample-'));
  try {
    await resetDatabase(graph.executor);
    await seedPaths([SEED_DIR], { executor: graph.executor, config: loadConfig({ PARLEY_HOME: home }), progress: 'none' });
    return graph;
  } catch (error) {
    await graph.close();
    throw error;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
