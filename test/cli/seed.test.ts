import { describe, expect, it } from 'vitest';
import { formatSummary, seedPaths } from '../../src/cli/seed.ts';
import { graphSource } from '../../src/cli/seed-source.ts';
import { loadConfig } from '../../src/config.ts';
import { ParleyError } from '../../src/errors.ts';
import type { Executor, QueryRunner } from '../../src/graph/index.ts';
import { articleA, articleB } from '../graph/write-fixtures.ts';

const runner: QueryRunner = {
  // Echoes each row's id back, as write/claim-articles does for the articles it creates.
  run: async <T>(_s: unknown, params: { rows?: { id: string }[] } = {}) => (params.rows ?? []).map((r) => ({ id: r.id, node: `n:${r.id}` })) as T[],
  update: async () => ({ nodesCreated: 1, nodesDeleted: 0, relationshipsCreated: 1, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0 }),
};

/** Enough of an Executor for seedPaths: migrate's statements succeed, the n-th write transaction fails. */
function executorFailingAt(n: number): Executor {
  let tx = 0;
  return {
    verifyConnectivity: async () => ({}),
    write: async () => [],
    read: async () => [],
    async writeTransaction<T>(work: (r: QueryRunner) => Promise<T>): Promise<T> {
      tx += 1;
      if (tx === n) throw new ParleyError('NEO4J_UNAVAILABLE', 'Neo4j at bolt://127.0.0.1:7687 is not reachable: connection refused');
      return work(runner);
    },
  } as unknown as Executor;
}

const config = loadConfig({ PARLEY_HOME: '/tmp/parley-seed-unit' });

describe('seedPaths', () => {
  it('counts and summarises a run', async () => {
    const summary = await seedPaths([], { config, executor: executorFailingAt(0), source: graphSource([articleA, articleB]), batchSize: 1, progress: 'none' });
    expect(summary).toMatchObject({ read: 2, accepted: 2, rejected: 0, written: 2, skipped: 0, batches: 2, events: 6, dryRun: false });
    expect(formatSummary(summary)).toMatch(/^2 articles read in .*: 2 accepted, 0 rejected\.\n2 articles written in 2 batches, 0 already in the graph/);
  });

  it('connects to nothing on a dry run', async () => {
    const summary = await seedPaths([], { config, dryRun: true, source: graphSource([articleA, articleB]), progress: 'none' });
    expect(summary).toMatchObject({ read: 2, written: 0, events: 6, dryRun: true });
    expect(formatSummary(summary)).toMatch(/^Dry run \(nothing written\)/);
  });

  it('says how far it got and that a re-run finishes, when Neo4j goes away mid-run', async () => {
    const run = seedPaths([], { config, executor: executorFailingAt(2), source: graphSource([articleA, articleB]), batchSize: 1, progress: 'none' });
    await expect(run).rejects.toMatchObject({
      code: 'NEO4J_UNAVAILABLE',
      message: expect.stringMatching(/^Neo4j went away while seeding, after 1 article was written/),
      details: expect.stringMatching(/Run the same command again/),
    });
  });
});
