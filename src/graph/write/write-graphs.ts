/**
 * The writing end of the seed pipeline: article graphs in reading order become write
 * batches, one transaction each. Up to `concurrency` transactions are open at once: the
 * next batch claims its articles and builds its rows while the one before it writes, and
 * writes only once that one has committed (see `WriteBatchOptions.after`), so batches
 * take effect in reading order. While they write, the next batch fills from the source
 * (which extracts in its own workers), and no more is pulled until the oldest open batch
 * is done: memory stays flat however long the stream. Retries are the driver's (managed
 * transactions); a failure that outlasts them stops the stream and is thrown, and what
 * was committed stays committed.
 */
import type { ArticleGraph } from '../../domain/graph.ts';
import type { Executor } from '../executor.ts';
import { addCounts, writeBatch, zeroCounts, type BatchResult, type WriteCounts } from './write-batch.ts';

export interface WriteGraphsOptions {
  /** Articles per transaction. Default 200 (`PARLEY_BATCH_SIZE`, `--batch-size`). */
  batchSize?: number;
  /** Transactions open at once. Default 2; 1 writes each batch after the last has committed. */
  concurrency?: number;
  /** Called after each committed batch, in reading order, with the running totals. */
  onBatch?: (batch: BatchResult, totals: WriteTotals) => void;
}

export interface WriteTotals {
  batches: number;
  /** Articles written. */
  written: number;
  /** Articles already in the graph (or repeated in the input), passed over. */
  skipped: number;
  /** Events read in the written articles. */
  events: number;
  /** References to entities an article does not define (not written). */
  dangling: number;
  counts: WriteCounts;
}

type Outcome = { ok: true } | { ok: false; error: unknown };

/** Writes every graph of `graphs` in batches; returns the totals once the last batch has committed. */
export async function writeGraphs(executor: Executor, graphs: AsyncIterable<ArticleGraph>, options: WriteGraphsOptions = {}): Promise<WriteTotals> {
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const totals: WriteTotals = { batches: 0, written: 0, skipped: 0, events: 0, dangling: 0, counts: zeroCounts() };

  /** The last batch started: the next one writes after it has committed. */
  let previous: Promise<BatchResult> | undefined;
  const commit = (batch: ArticleGraph[]): Promise<Outcome> => {
    const done = writeBatch(executor, batch, { after: previous });
    previous = done;
    return done.then(
      (result) => {
        totals.batches += 1;
        totals.written += result.written;
        totals.skipped += result.skipped;
        totals.events += result.events;
        totals.dangling += result.dangling;
        addCounts(totals.counts, result.counts);
        options.onBatch?.(result, totals);
        return { ok: true } as const;
      },
      // Held, not thrown, until the loop looks at it: the next batch may still be filling.
      (error: unknown) => ({ ok: false, error }) as const,
    );
  };
  const open: Promise<Outcome>[] = [];
  const settleOldest = async (): Promise<void> => {
    const outcome = await open.shift();
    if (outcome && !outcome.ok) throw outcome.error;
  };

  /** Opens a transaction for `batch` once fewer than `concurrency` are open. */
  const start = async (batch: ArticleGraph[]): Promise<void> => {
    while (open.length >= concurrency) await settleOldest();
    open.push(commit(batch));
  };

  try {
    let batch: ArticleGraph[] = [];
    for await (const graph of graphs) {
      batch.push(graph);
      if (batch.length < batchSize) continue;
      await start(batch);
      batch = [];
    }
    if (batch.length > 0) await start(batch);
    while (open.length > 0) await settleOldest();
  } finally {
    // On a failure, let the batches still open end (they abort after the failed one) before returning.
    await Promise.all(open);
  }
  return totals;
}
