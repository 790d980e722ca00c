/**
 * JSON Lines / NDJSON: one JSON object per line; blank lines are skipped. Each line is
 * checked as bytes (NUL → binary-content, bad UTF-8 → invalid-utf8) before `JSON.parse`,
 * so one bad line costs only itself.
 */
import { isUtf8 } from 'node:buffer';
import type { OpenedInput } from '../open-input.ts';
import type { ReadOptions } from '../options.ts';
import { formatBytes, problem } from '../problem.ts';
import { sampleBytes, sampleText } from '../raw-sample.ts';
import { isRecord } from '../fields.ts';
import { readLines } from '../read-lines.ts';
import type { FormatItem } from '../types.ts';

const isBlank = (b: Buffer): boolean => {
  for (let i = 0; i < b.length; i++) if (b[i] !== 32 && b[i] !== 9 && b[i] !== 13) return false;
  return true;
};

/** Reads JSON Lines records. */
export async function* readJsonl(input: OpenedInput, options: ReadOptions): AsyncGenerator<FormatItem> {
  const file = input.name;
  let record = 0;
  let lastLine = 0;
  let failureReported = false;
  for await (const item of readLines(input.chunks, options.maxRecordBytes)) {
    lastLine = item.line;
    const at = { file, line: item.line, record: record + 1 };
    if (item.kind === 'too-long') {
      record++;
      yield problem(at, 'too-large', `line of ${formatBytes(item.bytes)} is over the limit of ${formatBytes(options.maxRecordBytes)}`, sampleBytes(item.head, item.bytes));
      continue;
    }
    const { bytes } = item;
    if (isBlank(bytes)) continue;
    record++;
    if (item.last && input.failure()) {
      const f = input.failure()!;
      failureReported = true;
      yield problem(at, f.reason, `${f.message}; line ${item.line} is incomplete`, sampleBytes(bytes));
      continue;
    }
    if (bytes.includes(0)) {
      yield problem(at, 'binary-content', 'the line holds NUL bytes (binary data)', sampleBytes(bytes));
      continue;
    }
    if (!isUtf8(bytes)) {
      yield problem(at, 'invalid-utf8', 'the line is not valid UTF-8', sampleBytes(bytes));
      continue;
    }
    const text = bytes.toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const raw = sampleText(text);
      if (item.last) yield problem(at, 'truncated-file', `the last line is cut off (no newline, not complete JSON): ${(error as Error).message}`, raw);
      else yield problem(at, 'invalid-json', (error as Error).message, raw);
      continue;
    }
    if (!isRecord(value)) {
      yield problem(at, 'not-an-object', `the line holds a JSON ${Array.isArray(value) ? 'array' : typeof value}, not an object`, sampleText(text));
      continue;
    }
    yield { kind: 'record', fields: value, at, raw: () => sampleText(text) };
  }
  const f = input.failure();
  if (f && !failureReported) yield problem({ file, line: lastLine + 1, record: record + 1 }, f.reason, `${f.message} after line ${lastLine}`);
}
