import { describe, expect, it } from 'vitest';
import type { Executor, QueryRunner } from '../../src/graph/index.ts';
import { writeGraphs } from '../../src/graph/write/write-graphs.ts';
import type { ArticleGraph } from '../../src/domain/graph.ts';
import { articleA } from './write-fixtures.ts';

const graphs = (n: number): ArticleGraph[] =>
  Array.from({ length: n }, (_, i) => ({ ...articleA, article: { ...articleA.article, id: `art:${String(i).padStart(3, '0')}` } }));

/** An executor that records transactions; `fail(n)` makes the n-th transaction throw. */
function fakeExecutor(options: { fail?: number; delayMs?: number } = {}) {
  const log = { transactions: 0, open: 0, maxOpen: 0, pulledAtCommit: [] as number[] };
  const runner: QueryRunner = {
    // Echoes each row's id back, as write/claim-articles does for the articles it creates.
    run: async <T>(_s: unknown, params: { rows?: { id: string }[] } = {}) => (params.rows ?? []).map((r) => ({ id: r.id, node: `n:${r.id}` })) as T[],
    update: async () => ({ nodesCreated: 1, nodesDeleted: 0, relationshipsCreated: 2, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0 }),
  };
  const executor = {
    async writeTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
      log.transactions += 1;
      log.open += 1;
      log.maxOpen = Math.max(log.maxOpen, log.open);
      try {
        await new Promise((r) => setTimeout(r, options.delayMs ?? 5));
        if (options.fail === log.transactions) throw new Error('Neo4j went away');
        return await work(runner);
      } finally {
        log.open -= 1;
      }
    },
  } as unknown as Executor;
  return { executor, log };
}

describe('writeGraphs', () => {
  it('writes one transaction per batch, the last one short', async () => {
    const { executor, log } = fakeExecutor();
    const totals = await writeGraphs(executor, (async function* () { yield* graphs(25); })(), { batchSize: 10 });
    expect(log.transactions).toBe(3);
    expect(totals).toMatchObject({ batches: 3, written: 25, skipped: 0 });
  });

  it('keeps at most `concurrency` batches writing while the next fills, and pulls no further (back-pressure)', async () => {
    for (const concurrency of [1, 2, 3]) {
      const { executor, log } = fakeExecutor({ delayMs: 20 });
      let pulled = 0;
      let maxAhead = 0;
      const source = (async function* () {
        for (const g of graphs(100)) {
          pulled += 1;
          maxAhead = Math.max(maxAhead, pulled - 10 * (log.transactions - log.open));
          yield g;
        }
      })();
      const totals = await writeGraphs(executor, source, { batchSize: 10, concurrency });
      expect(totals.written).toBe(100);
      expect(log.maxOpen).toBe(concurrency);
      // what is pulled and not yet committed: the open batches and the one filling
      expect(maxAhead).toBeLessThanOrEqual(10 * (concurrency + 1));
    }
  });

  it('claims the next batch while one writes, and writes it only after that one has committed', async () => {
    const log: string[] = [];
    let tx = 0;
    const executor = {
      async writeTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
        const name = `batch ${++tx}`;
        const runner: QueryRunner = {
          run: async <R>(s: { name: string }, params: { rows?: { id: string }[] } = {}) => {
            log.push(`${name} ${s.name}`);
            return (params.rows ?? []).map((r) => ({ id: r.id, node: `n:${r.id}` })) as R[];
          },
          update: async (s: { name: string }) => {
            log.push(`${name} ${s.name}`);
            await new Promise((r) => setTimeout(r, tx === 1 ? 20 : 1)); // the first batch writes slowly
            return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0 };
          },
        };
        const result = await work(runner);
        log.push(`${name} commit`);
        return result;
      },
    } as unknown as Executor;
    await writeGraphs(executor, (async function* () { yield* graphs(4); })(), { batchSize: 2, concurrency: 2 });
    const at = (entry: string) => log.indexOf(entry);
    expect(at('batch 2 write/claim-articles')).toBeLessThan(at('batch 1 commit'));
    expect(at('batch 2 write/entities')).toBeGreaterThan(at('batch 1 commit'));
    expect(log.filter((e) => e.startsWith('batch 2') && !e.endsWith('claim-articles')).every((e) => log.indexOf(e) > at('batch 1 commit'))).toBe(true);
  });

  it('stops reading and throws when a commit fails; earlier batches stay written', async () => {
    const { executor, log } = fakeExecutor({ fail: 2 });
    let pulled = 0;
    const source = (async function* () {
      for (const g of graphs(100)) {
        pulled += 1;
        yield g;
      }
    })();
    await expect(writeGraphs(executor, source, { batchSize: 10 })).rejects.toThrow('Neo4j went away');
    expect(log.transactions).toBe(2);
    expect(pulled).toBeLessThanOrEqual(30);
  });
});
