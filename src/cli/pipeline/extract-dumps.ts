/**
 * The pipeline reading → extraction → output, for `parley extract` and `parley seed`:
 * paths → one stream of ArticleGraphs and diagnostics, in input order. Articles travel
 * in batches to worker threads; at most `inFlight` batches are out at a time and
 * nothing is read ahead of that, so memory stays bounded whatever the dump's size and
 * however slow the consumer.
 */
import type { Article } from '../../domain/article.ts';
import type { Diagnostic } from '../../domain/diagnostic.ts';
import type { ArticleGraph } from '../../domain/graph.ts';
import { readDumps, type LoadSummary, type RawSample, type ReadOptions, type ReadProgress } from '../../sources/index.ts';
import { sampleText } from '../../sources/raw-sample.ts';
import { createExtractPool } from './extract-pool.ts';
import type { BatchResult, OutputMode } from './extract-batch.ts';

export interface ExtractOptions {
  /** Extraction threads; 0 extracts in this thread. Resolve with `resolveWorkers`. Default 0. */
  workers?: number;
  /** `graph`: items carry the ArticleGraph; `json`: its JSON line, serialised in the worker (cheaper to pass back). Default `graph`. */
  output?: OutputMode;
  /** Loader options (record size limit, forced format, stdin). */
  read?: Partial<ReadOptions>;
  /** Articles per batch sent to a worker. Default 32. */
  batchSize?: number;
  /** Batches out at a time per worker (at least 2 in all). Default 3. */
  inFlightPerWorker?: number;
}

export type ExtractedItem =
  | { kind: 'graph'; graph: ArticleGraph; json: null }
  | { kind: 'graph'; graph: null; json: string; articleId: string }
  | { kind: 'diagnostic'; diagnostic: Diagnostic; raw: RawSample | null };

export interface ExtractStream extends AsyncIterable<ExtractedItem> {
  /** The loader's counts; articles whose extraction failed are moved from accepted to rejected (extract-failed). */
  readonly summary: LoadSummary;
  /** Inputs that could be opened and had a known format. */
  readonly readableInputs: number;
  /** Bytes read of the inputs' size on disk (the loader's; reading runs ahead of extraction by the batches in flight). */
  readonly progress: ReadProgress;
  /** Ends the workers (done by the iterator at its end or on `break`); safe to call twice. */
  close(): Promise<void>;
}

/** Items of one batch in input order: diagnostics where they came, and the articles sent for extraction. */
type Slot = { kind: 'article'; article: Article } | { kind: 'diagnostic'; diagnostic: Diagnostic; raw: RawSample | null };

const MAX_SLOTS = 512;

/** Reads `paths` and extracts every accepted article; see the module comment. */
export function extractDumps(paths: readonly string[], options: ExtractOptions = {}): ExtractStream {
  const workers = options.workers ?? 0;
  const output = options.output ?? 'graph';
  const batchSize = options.batchSize ?? 32;
  const maxInFlight = Math.max(2, workers * (options.inFlightPerWorker ?? 3));
  const dumps = readDumps(paths, options.read);
  const pool = createExtractPool(workers, output);
  let readableInputs = 0;

  const merge = (slots: Slot[], results: BatchResult[]): ExtractedItem[] => {
    let next = 0;
    return slots.map((slot): ExtractedItem => {
      if (slot.kind === 'diagnostic') return slot;
      const r = results[next++];
      if (r.ok && r.graph) return { kind: 'graph', graph: r.graph, json: null };
      if (r.ok) return { kind: 'graph', graph: null, json: r.json!, articleId: slot.article.id };
      const s = dumps.summary;
      s.accepted--;
      s.rejected++;
      s.rejectedBy['extract-failed'] = (s.rejectedBy['extract-failed'] ?? 0) + 1;
      const [, file, sep, n] = /^(.*)([:#])(\d+)$/.exec(slot.article.origin) ?? [null, slot.article.origin, '', ''];
      const diagnostic: Diagnostic = { severity: 'error', reason: 'extract-failed', message: `extraction failed: ${r.message}`, file: file! };
      if (sep === ':') diagnostic.line = Number(n);
      else if (sep === '#') diagnostic.record = Number(n);
      return { kind: 'diagnostic', diagnostic, raw: sampleText(JSON.stringify(slot.article)) };
    });
  };

  async function* run(): AsyncGenerator<ExtractedItem> {
    const window: Promise<ExtractedItem[]>[] = [];
    let slots: Slot[] = [];
    let articles: Article[] = [];
    const submit = () => {
      const mine = slots;
      const done = articles.length ? pool.run(articles).then((results) => merge(mine, results)) : Promise.resolve(merge(mine, []));
      done.catch(() => {}); // awaited in turn below; a batch failing while another is awaited must not be unhandled
      window.push(done);
      slots = [];
      articles = [];
    };
    try {
      for await (const item of dumps) {
        if (item.kind === 'file') { if (item.format !== null) readableInputs++; continue; }
        slots.push(item);
        if (item.kind === 'article') articles.push(item.article);
        if (articles.length >= batchSize || slots.length >= MAX_SLOTS) submit();
        while (window.length >= maxInFlight) yield* await window.shift()!;
      }
      if (slots.length) submit();
      while (window.length) yield* await window.shift()!;
    } finally {
      await pool.close();
    }
  }

  const iterator = run();
  return {
    summary: dumps.summary,
    progress: dumps.progress,
    get readableInputs() { return readableInputs; },
    [Symbol.asyncIterator]: () => iterator,
    close: async () => { await iterator.return(undefined); await pool.close(); },
  };
}
