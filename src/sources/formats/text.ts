/**
 * Plain-text articles, one per file: the headline on the first line (often repeated
 * below it), then the body's paragraphs. An optional block of `Key: value` lines at the
 * top (Title, URL, Date, Source, Author, Language, Id) followed by a blank line is read
 * as the record's fields. Hard-wrapped paragraphs (blocks of short lines between blank
 * lines) are joined back into one line each.
 */
import { isUtf8 } from 'node:buffer';
import type { OpenedInput } from '../open-input.ts';
import type { ReadOptions } from '../options.ts';
import { problem } from '../problem.ts';
import { sampleBytes, sampleText } from '../raw-sample.ts';
import { readOneRecord } from '../read-whole.ts';
import type { FormatItem } from '../types.ts';

const HEADER = /^(title|headline|url|link|source|date|published|author|authors|id|language|lang|dateline):[ \t]+(\S.*)$/i;
const WRAP_WIDTH = 90;

/** Splits a plain-text article into fields (`title`, `text` and any header fields). */
export function parsePlainText(content: string): Record<string, string> {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const fields: Record<string, string> = {};
  let i = 0;
  const header: [string, string][] = [];
  while (i < lines.length && HEADER.test(lines[i])) {
    const m = HEADER.exec(lines[i])!;
    header.push([m[1].toLowerCase(), m[2].trim()]);
    i++;
  }
  if (header.length && i < lines.length && lines[i].trim() === '') for (const [k, v] of header) fields[k] = v;
  else i = 0;

  while (i < lines.length && lines[i].trim() === '') i++;
  if (!fields.title && !fields.headline && i < lines.length) fields.title = lines[i++].trim();
  fields.text = unwrap(lines.slice(i));
  return fields;
}

/** Joins hard-wrapped paragraphs; text with one paragraph per line is left as it is. */
function unwrap(lines: string[]): string {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') { if (blocks.at(-1)!.length) blocks.push([]); } else blocks.at(-1)!.push(line.trim());
  }
  const wrappedLines = blocks.filter((b) => b.length > 1).flat();
  const total = blocks.reduce((n, b) => n + b.length, 0);
  const sorted = wrappedLines.map((l) => l.length).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
  const wrapped = wrappedLines.length * 2 >= total && median <= WRAP_WIDTH;
  return blocks.map((b) => b.join(wrapped ? ' ' : '\n')).join('\n\n');
}

/** Reads one plain-text article. */
export async function* readText(input: OpenedInput, options: ReadOptions): AsyncGenerator<FormatItem> {
  const at = { file: input.name, record: 1 };
  const read = await readOneRecord(input, options.maxRecordBytes, 'file');
  if (!read.ok) return void (yield read.problem);
  const { bytes } = read;
  if (!isUtf8(bytes)) return void (yield problem(at, 'invalid-utf8', 'the file is not valid UTF-8', sampleBytes(bytes)));
  const content = bytes.toString('utf8');
  yield { kind: 'record', fields: parsePlainText(content), at, raw: () => sampleText(content) };
}
