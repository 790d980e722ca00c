/**
 * The loader's entry point: paths → one stream of normalised articles and diagnostics,
 * in reading order (files in the order given, directories sorted, records in file order).
 * Nothing in the input throws out of here: each problem becomes a diagnostic and
 * reading goes on with the next record or file.
 */
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../domain/diagnostic.ts';
import { shortHash } from './article-id.ts';
import { detectFormat } from './detect-format.ts';
import { findFields } from './fields.ts';
import { readJsonl } from './formats/jsonl.ts';
import { readText } from './formats/text.ts';
import { createHeapTrimmer } from './heap-trim.ts';
import { IdSet } from './id-set.ts';
import { listInputs, type InputEntry } from './list-inputs.ts';
import { isStreamFailure, openInput, type OpenedInput } from './open-input.ts';
import { readOptions, type ReadOptions } from './options.ts';
import { problem } from './problem.ts';
import { sampleBytes } from './raw-sample.ts';
import { createSummary, countItem, type LoadSummary } from './summary.ts';
import { toArticle } from './to-article.ts';
import type { Format, FormatItem, ProblemFound, ReadProgress, SourceItem } from './types.ts';

/** The article stream of a load, with its running summary (complete once the stream has ended). */
export interface DumpStream extends AsyncIterable<SourceItem> {
  readonly summary: LoadSummary;
  /** Bytes read of the inputs' size on disk (the size is known once reading has begun, unless standard input is read). */
  readonly progress: ReadProgress;
}

/** The reader of a format; the parsers of JSON, CSV and HTML load only when a file needs them. */
async function readerFor(format: Format, input: OpenedInput, options: ReadOptions): Promise<AsyncIterable<FormatItem>> {
  switch (format) {
    case 'jsonl': return readJsonl(input, options);
    case 'text': return readText(input, options);
    case 'json': return (await import('./formats/json.ts')).readJson(input, options);
    case 'csv': return (await import('./formats/csv.ts')).readCsv(input, options, ',');
    case 'tsv': return (await import('./formats/csv.ts')).readCsv(input, options, '\t');
    case 'html': return (await import('./formats/html.ts')).readHtml(input, options);
  }
}

/**
 * What the start of an input is, when it is not text: `binary` when most of its lines
 * (by bytes) hold NUL bytes, `not-utf8` when most are not UTF-8 (a legacy encoding),
 * else null. A dump with a few bad lines is text; its bad lines are rejected one by one.
 */
function badHead(head: Buffer): 'binary' | 'utf16' | 'not-utf8' | null {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'utf16';
  let nul = 0;
  let invalid = 0;
  for (let start = 0; start < head.length;) {
    let end = head.indexOf(10, start);
    if (end < 0) end = head.length;
    const line = head.subarray(start, end);
    const cut = end === head.length && head.length >= 16 * 1024; // the head may end inside a character
    if (line.includes(0)) nul += line.length;
    else if (!cut && !isUtf8(line)) invalid += line.length;
    start = end + 1;
  }
  if (nul * 2 > head.length) return 'binary';
  return (nul + invalid) * 2 > head.length ? 'not-utf8' : null;
}

const BAD_HEAD = {
  binary: ['binary-content', 'binary data, not a text dump'],
  utf16: ['invalid-utf8', 'UTF-16 text; convert the file to UTF-8'],
  'not-utf8': ['invalid-utf8', 'the file is not UTF-8 (Latin-1 or another legacy encoding?); convert it to UTF-8'],
} as const;

const reject = (p: ProblemFound): SourceItem => ({ kind: 'diagnostic', diagnostic: p.diagnostic, raw: p.raw });

async function* readAll(paths: readonly string[], options: ReadOptions, progress: ReadProgress): AsyncGenerator<SourceItem> {
  const articleIds = new IdSet();
  const trimHeap = options.trimHeap ? createHeapTrimmer() : () => {};
  const entries: InputEntry[] = [];
  for await (const entry of listInputs(paths)) entries.push(entry);
  const files = entries.filter((e) => e.kind === 'file');
  if (files.every((f) => f.size !== null)) progress.total = files.reduce((sum, f) => sum + f.size!, 0);
  let finished = 0; // bytes of the files done with
  for (const entry of entries) {
    if (entry.kind === 'file') {
      yield* readFile(entry.path, options, articleIds, trimHeap, (n) => { progress.done += n; });
      finished += entry.size ?? 0;
      progress.done = Math.max(progress.done, finished);
      continue;
    }
    if (entry.kind === 'skipped') {
      const diagnostic: Diagnostic = { severity: 'warning', reason: 'unsupported-format', message: 'skipped: not a dump format (by its extension)', file: entry.path };
      yield { kind: 'diagnostic', diagnostic, raw: null };
      continue;
    }
    // A path that cannot be read is an input all the same: counted, and named in the summary.
    yield { kind: 'file', name: entry.path, format: null };
    yield reject(problem({ file: entry.path }, 'unreadable-file', entry.message));
  }
}

/** The articles and diagnostics of one input file (`-`: standard input). */
async function* readFile(path: string, options: ReadOptions, articleIds: IdSet, trimHeap: () => void, onRawBytes: (n: number) => void): AsyncGenerator<SourceItem> {
  const input = await openInput(path, options.stdin, onRawBytes);
  const name = path === '-' ? 'stdin' : path;
  if (isStreamFailure(input)) {
    yield { kind: 'file', name, format: null };
    yield reject(problem({ file: name }, input.reason, input.message));
    return;
  }
  const format = detectFormat(name, input.head, options.format);
  const bad = badHead(input.head);
  // A page in a legacy charset says so in its <meta>: the HTML reader decodes it.
  if (bad !== null && !(bad === 'not-utf8' && format === 'html')) {
    yield { kind: 'file', name, format: null };
    const [reason, message] = BAD_HEAD[bad];
    yield reject(problem({ file: name }, reason, message, sampleBytes(input.head)));
    for await (const _ of input.chunks) break; // closes the file
    return;
  }
  yield { kind: 'file', name, format };
  const sourceIds = new IdSet();
  for await (const item of await readerFor(format, input, options)) {
    trimHeap();
    if (item.kind === 'problem') {
      yield { kind: 'diagnostic', diagnostic: item.diagnostic, raw: item.raw };
      continue;
    }
    const conversion = toArticle(findFields(item.fields), item.at);
    if (!conversion.ok) {
      yield { kind: 'diagnostic', diagnostic: conversion.error, raw: item.raw() };
      continue;
    }
    const { article, warnings } = conversion;
    const duplicate = !articleIds.add(article.id.slice(2))
      ? `same article id ${article.id} as a record read before (same canonical URL, or same title and text)`
      : article.sourceId !== null && !sourceIds.add(shortHash(article.sourceId))
        ? `id "${article.sourceId}" was used by an earlier record of this file`
        : null;
    if (duplicate) {
      yield reject(problem(item.at, 'duplicate-id', duplicate, item.raw()));
      continue;
    }
    yield { kind: 'article', article };
    for (const diagnostic of warnings) yield { kind: 'diagnostic', diagnostic, raw: null };
  }
}

/**
 * Reads the dumps at `paths` (files, directories, `-` for standard input) as one stream
 * of articles and diagnostics. Duplicate articles (same id) are rejected across the
 * whole stream, reused record ids within a file. The stream can be read once.
 */
export function readDumps(paths: readonly string[], options: Partial<ReadOptions> = {}): DumpStream {
  const summary = createSummary();
  const progress: ReadProgress = { done: 0, total: null };
  const opts = readOptions(options);
  return {
    summary,
    progress,
    async *[Symbol.asyncIterator]() {
      for await (const item of readAll(paths, opts, progress)) {
        countItem(summary, item);
        yield item;
      }
    },
  };
}
