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
import type { BatchOutcome, OutputMode } from './extract-batch.ts';

export interface ExtractOptions {
  /** Extraction threads; 0 extracts in this thread. Resolve with `resolveWorkers`. Default 0. */
  workers?: number;
  /** `graph`: items carry the ArticleGraph; `json`: `lines` items carry the JSON lines, serialised in the worker (cheaper to pass back). Default `graph`. */
  output?: OutputMode;
  /** Loader options (record size limit, forced format, stdin). */
  read?: Partial<ReadOptions>;
  /** Articles per batch sent to a worker. Default 32. */
  batchSize?: number;
  /** Batches out at a time per worker (at least 2 in all). Default 3. */
  inFlightPerWorker?: number;
}

export type GraphItem = { kind: 'graph'; graph: ArticleGraph };
/** `json` output: the JSON lines of `count` consecutive articles (UTF-8, each line ending with `\n`). */
export type LinesItem = { kind: 'lines'; lines: Uint8Array; count: number };
export type DiagnosticItem = { kind: 'diagnostic'; diagnostic: Diagnostic; raw: RawSample | null };
export type ExtractedItem = GraphItem | LinesItem | DiagnosticItem;

export interface ExtractStream<Item extends ExtractedItem = ExtractedItem> extends AsyncIterable<Item> {
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
type Slot = { kind: 'article'; article: Article } | DiagnosticItem;

const MAX_SLOTS = 512;

/** Reads `paths` and extracts every accepted article; see the module comment. */
export function extractDumps(paths: readonly string[], options: ExtractOptions & { output: 'json' }): ExtractStream<LinesItem | DiagnosticItem>;
export function extractDumps(paths: readonly string[], options?: ExtractOptions & { output?: 'graph' }): ExtractStream<GraphItem | DiagnosticItem>;
export function extractDumps(paths: readonly string[], options?: ExtractOptions): ExtractStream;
export function extractDumps(paths: readonly string[], options: ExtractOptions = {}): ExtractStream {
  const workers = options.workers ?? 0;
  const output = options.output ?? 'graph';
  const batchSize = options.batchSize ?? 32;
  const maxInFlight = Math.max(2, workers * (options.inFlightPerWorker ?? 3));
  const dumps = readDumps(paths, options.read);
  const pool = createExtractPool(workers, output);
  let readableInputs = 0;

  /** An article whose extraction threw: moved from accepted to rejected, as a diagnostic in its place. */
  const failed = (article: Article, message: string): ExtractedItem => {
    const s = dumps.summary;
    s.accepted--;
    s.rejected++;
    s.rejectedBy['extract-failed'] = (s.rejectedBy['extract-failed'] ?? 0) + 1;
    const [, file, sep, n] = /^(.*)([:#])(\d+)$/.exec(article.origin) ?? [null, article.origin, '', ''];
    const diagnostic: Diagnostic = { severity: 'error', reason: 'extract-failed', message: `extraction failed: ${message}`, file: file! };
    if (sep === ':') diagnostic.line = Number(n);
    else if (sep === '#') diagnostic.record = Number(n);
    return { kind: 'diagnostic', diagnostic, raw: sampleText(JSON.stringify(article)) };
  };

  /** The items of a batch in input order; in `json` mode the lines of consecutive articles stay one item. */
  const merge = (slots: Slot[], outcome: BatchOutcome | null): ExtractedItem[] => {
    const items: ExtractedItem[] = [];
    let next = 0; // the article's index in the outcome
    let graph = 0;
    let from = 0; // json: where the lines not yet handed on start
    let count = 0; // json: how many lines that is
    /** Hands on the lines counted; `last`: they run to the end (no need to look for where they end). */
    const flushLines = (last: boolean) => {
      if (!count) return;
      const lines = outcome!.lines!;
      let end = from;
      if (last) end = lines.length;
      else for (let i = 0; i < count; i++) end = lines.indexOf(10, end) + 1;
      items.push({ kind: 'lines', lines: lines.subarray(from, end), count });
      from = end;
      count = 0;
    };
    for (const slot of slots) {
      if (slot.kind === 'diagnostic') { flushLines(false); items.push(slot); continue; }
      const error = outcome!.errors[next++];
      if (error !== null) { flushLines(false); items.push(failed(slot.article, error)); }
      else if (outcome!.graphs) items.push({ kind: 'graph', graph: outcome!.graphs[graph++] });
      else count++;
    }
    flushLines(true);
    return items;
  };

  async function* run(): AsyncGenerator<ExtractedItem> {
    const window: Promise<ExtractedItem[]>[] = [];
    let slots: Slot[] = [];
    let articles: Article[] = [];
    const submit = () => {
      const mine = slots;
      const done = articles.length ? pool.run(articles).then((outcome) => merge(mine, outcome)) : Promise.resolve(merge(mine, null));
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
