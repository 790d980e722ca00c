/**
 * CSV and TSV with a header row, streamed with csv-parse: quoted fields may span lines,
 * rows may have fewer or more cells than the header. A malformed row is reported with
 * its line and skipped; the rows after it still load.
 */
import { parse, type CsvError } from 'csv-parse';
import { Readable } from 'node:stream';
import type { OpenedInput } from '../open-input.ts';
import type { ReadOptions } from '../options.ts';
import { formatBytes, problem } from '../problem.ts';
import { sampleText } from '../raw-sample.ts';
import type { Diagnostic } from '../../domain/diagnostic.ts';
import type { FormatItem } from '../types.ts';

interface Row { record: Record<string, string>; info: { lines: number }; raw: string }

/** A row or a skipped row, waiting to be numbered in line order. */
type Found =
  | { line: number; row: Row }
  | { line: number; reason: Diagnostic['reason']; message: string; raw: string | undefined };

/** Line on which a raw row starts, given the line it ends on. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/\r?\n$/, '');
  let n = 0;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) n++;
  return endLine - n;
}

/** csv-parse holds on to the chunks it is given: pass it copies of the (reused) chunk buffers. */
async function* copies(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk);
}

const errorLine = (e: unknown): number | undefined => (e as { lines?: number }).lines;

/** Reads CSV (`,`) or TSV (tab) records. */
export async function* readCsv(input: OpenedInput, options: ReadOptions, delimiter: ',' | '\t'): AsyncGenerator<FormatItem> {
  const file = input.name;
  const queue: Found[] = [];
  let record = 0;
  const parser = parse({
    delimiter,
    columns: (header: string[]) => header.map((h) => h.trim()),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // Rows over the limit are rejected below, row by row; csv-parse's own limit (which stops the
    // parse for good) is only a guard against a runaway quoted field filling memory.
    max_record_size: Math.max(options.maxRecordBytes * 8, 64 * 1024 * 1024),
    info: true,
    raw: true,
    on_skip: (err: CsvError | undefined, raw: string | undefined) => {
      if (!err) return;
      const tooLarge = err.code === 'CSV_MAX_RECORD_SIZE';
      const message = tooLarge ? 'a field runs on past any sensible size (an unclosed quote?); the rest of the file is not read' : err.message;
      const line = raw !== undefined ? startLine(errorLine(err) ?? 0, raw) : errorLine(err) ?? 0;
      // csv-parse may report one bad row several times as it reads on: keep the last.
      const last = queue.at(-1);
      if (last && !('row' in last) && last.line === line) queue.pop();
      queue.push({ line, reason: tooLarge ? 'too-large' : 'invalid-csv', message, raw });
    },
  });
  Readable.from(copies(input.chunks)).pipe(parser);

  const emit = (f: Found): FormatItem => {
    record++;
    const at = { file, line: f.line, record };
    if (!('row' in f)) return problem(at, f.reason, f.message, f.raw !== undefined ? sampleText(f.raw) : null);
    const { raw } = f.row;
    if (Buffer.byteLength(raw) > options.maxRecordBytes) return problem(at, 'too-large', `row of ${formatBytes(Buffer.byteLength(raw))} is over the limit of ${formatBytes(options.maxRecordBytes)}`, sampleText(raw));
    if (raw.includes('\u0000')) return problem(at, 'binary-content', 'the row holds NUL bytes (binary data)', sampleText(raw));
    if (raw.includes('\ufffd')) return problem(at, 'invalid-utf8', 'the row is not valid UTF-8', sampleText(raw));
    return { kind: 'record', fields: f.row.record, at, raw: () => sampleText(raw) };
  };
  /** Emits, in line order, what lies before `line`. */
  function* flush(line: number): Generator<FormatItem> {
    queue.sort((a, b) => a.line - b.line);
    while (queue.length && queue[0].line < line) yield emit(queue.shift()!);
  }

  let fatal: FormatItem | null = null;
  let lastRowEnd = 1; // the header
  try {
    for await (const row of parser as AsyncIterable<Row>) {
      const line = startLine(row.info.lines, row.raw);
      lastRowEnd = row.info.lines;
      // Held back until the next row: when the input turns out to be damaged, the last row may be cut short.
      yield* flush(line);
      queue.push({ line, row });
    }
  } catch (error) {
    const e = error as CsvError;
    const message = e.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quoted field is never closed (a stray quote, or the file is cut short); the rows from it on are lost'
      : e.message;
    fatal = problem({ file, line: e.code === 'CSV_QUOTE_NOT_CLOSED' ? lastRowEnd + 1 : errorLine(e) }, 'invalid-csv', message);
  }
  const failure = input.failure();
  queue.sort((a, b) => a.line - b.line);
  const last = queue.at(-1);
  if (failure && last && 'row' in last) {
    queue.pop();
    yield* flush(Infinity);
    record++;
    yield problem({ file, line: last.line, record }, failure.reason, `${failure.message}; the row may be cut short`, sampleText(last.row.raw));
    return;
  }
  yield* flush(Infinity);
  if (fatal) {
    (fatal as { diagnostic: Diagnostic }).diagnostic.record = record + 1;
    yield fatal;
  }
  if (failure) yield problem({ file, record: record + 1 }, failure.reason, `${failure.message}; rows after #${record} are lost`);
}
