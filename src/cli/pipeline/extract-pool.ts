/**
 * Runs extraction batches on worker threads (or in this thread when `workers` is 0).
 * Each batch goes to the worker with the fewest batches in hand; a worker answers its
 * batches in the order it got them. A worker that dies is a bug, not an input problem:
 * its batches fail with the error.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../../domain/article.ts';
import type { BatchOutcome, OutputMode } from './extract-batch.ts';
import { workerBundle } from './worker-bundle.ts';

export interface ExtractPool {
  /** Extracts a batch; resolves with what each article gave, in order. */
  run(articles: Article[]): Promise<BatchOutcome>;
  /** Batches given and not yet answered. */
  readonly inFlight: number;
  /** Ends the workers; safe to call twice. */
  close(): Promise<void>;
}

interface Pending { resolve: (r: BatchOutcome) => void; reject: (e: Error) => void }
interface Slot { worker: Worker; pending: Map<number, Pending>; failed: Error | null }

/** The worker through tsx: used when no bundle of it can be made (see worker-bundle.ts). */
const TSX_ENTRY = new URL('./extract-worker.mjs', import.meta.url);

/**
 * A pool of `workers` threads (0: extraction runs in this thread, between reads).
 * With workers, this thread never loads the extractor (its lexicons and rules): only the
 * workers do, so they start sooner and this thread stays light.
 */
export function createExtractPool(workers: number, output: OutputMode): ExtractPool {
  if (workers <= 0) {
    let inFlight = 0;
    let extractor: Promise<typeof import('./extract-batch.ts')> | null = null;
    return {
      async run(articles) {
        inFlight++;
        try {
          const { extractBatch } = await (extractor ??= import('./extract-batch.ts'));
          await new Promise<void>((resolve) => setImmediate(resolve)); // let reading and writing interleave
          return extractBatch(articles, output);
        } finally { inFlight--; }
      },
      get inFlight() { return inFlight; },
      close: async () => {},
    };
  }

  let nextId = 0;
  const entry = workerBundle() ?? TSX_ENTRY;
  const slots: Slot[] = Array.from({ length: workers }, () => {
    const slot: Slot = { worker: new Worker(entry), pending: new Map(), failed: null };
    const fail = (error: Error) => {
      slot.failed ??= error;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    };
    slot.worker.on('message', ({ id, outcome }: { id: number; outcome: BatchOutcome }) => {
      const p = slot.pending.get(id);
      slot.pending.delete(id);
      p?.resolve(outcome);
    });
    slot.worker.on('error', (e) => fail(new Error(`extraction worker failed: ${e.message}`, { cause: e })));
    slot.worker.on('exit', (code) => fail(new Error(`extraction worker exited (code ${code})`)));
    return slot;
  });
  let closed = false;

  return {
    run(articles) {
      const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
      if (slot.failed) return Promise.reject(slot.failed);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, articles, output });
      });
    },
    get inFlight() { return slots.reduce((n, s) => n + s.pending.size, 0); },
    async close() {
      if (closed) return;
      closed = true;
      for (const s of slots) s.failed ??= new Error('extraction pool closed');
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
