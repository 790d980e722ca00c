/**
 * The writing end of the seed pipeline: article graphs in reading order become write
 * batches, one transaction each. While a batch commits, the next one fills from the
 * source (which extracts in its own workers), and no more is pulled until that commit
 * is done: at most one batch committing and one filling, so memory stays flat however
 * long the stream. Retries are the driver's (managed transactions); a failure that
 * outlasts them stops the stream and is thrown, and what was committed stays committed.
 */
import type { ArticleGraph } from '../../domain/graph.ts';
import type { Executor } from '../executor.ts';
import { addCounts, writeBatch, zeroCounts, type BatchResult, type WriteCounts } from './write-batch.ts';

export interface WriteGraphsOptions {
  /** Articles per transaction. Default 200 (`PARLEY_BATCH_SIZE`, `--batch-size`). */
  batchSize?: number;
  /** Called after each committed batch, with the running totals. */
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
  const totals: WriteTotals = { batches: 0, written: 0, skipped: 0, events: 0, dangling: 0, counts: zeroCounts() };

  const commit = (batch: ArticleGraph[]): Promise<Outcome> =>
    writeBatch(executor, batch).then(
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
  const settle = async (inFlight: Promise<Outcome> | null): Promise<void> => {
    const outcome = await inFlight;
    if (outcome && !outcome.ok) throw outcome.error;
  };

  let inFlight: Promise<Outcome> | null = null;
  let batch: ArticleGraph[] = [];
  for await (const graph of graphs) {
    batch.push(graph);
    if (batch.length < batchSize) continue;
    await settle(inFlight);
    inFlight = commit(batch);
    batch = [];
  }
  await settle(inFlight);
  if (batch.length > 0) await settle(commit(batch));
  return totals;
}
