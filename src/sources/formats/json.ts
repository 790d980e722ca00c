/**
 * JSON documents, streamed with stream-json: a top-level array of articles, an object
 * that holds one (`{"articles": [...]}`, `{"results": [...]}`, …), a single article
 * object, or several top-level values one after another. Elements are assembled one at
 * a time, so memory holds one record whatever the file's size; a record over the limit
 * stops being assembled and is reported. A syntax error ends the file: what came before
 * it has been read, the error is reported with the record it broke.
 */
import { createRequire } from 'node:module';
import type { OpenedInput } from '../open-input.ts';
import type { ReadOptions } from '../options.ts';
import { isRecord } from '../fields.ts';
import { formatBytes, problem } from '../problem.ts';
import { sampleText } from '../raw-sample.ts';
import type { FormatItem } from '../types.ts';

const require = createRequire(import.meta.url);
const { parser: makeParser } = require('stream-json') as typeof import('stream-json');
const Assembler = require('stream-json/Assembler.js') as typeof import('stream-json/Assembler.js');

interface Token { name: string; value?: unknown }
type Assembled = InstanceType<typeof Assembler>;

/** Keys of a top-level object whose array holds the articles. */
const CONTAINER_KEYS = new Set(['articles', 'results', 'data', 'items', 'documents', 'docs', 'records', 'entries', 'posts', 'stories', 'news', 'hits']);

const opens = (t: Token) => t.name === 'startObject' || t.name === 'startArray';
const closes = (t: Token) => t.name === 'endObject' || t.name === 'endArray';
const isValue = (t: Token) => t.name.endsWith('Value') && t.name !== 'keyValue';
const cost = (t: Token) => (typeof t.value === 'string' ? t.value.length + 3 : 4);

/** One value being assembled (an element of the article array, or a top-level object). */
interface Pending { asm: Assembled | null; size: number; depth: number; kind: string }

/** Reads JSON records. */
export async function* readJson(input: OpenedInput, options: ReadOptions): AsyncGenerator<FormatItem> {
  const file = input.name;
  const limit = options.maxRecordBytes;
  const out: FormatItem[] = [];
  let record = 0;
  let depth = 0;
  let containerDepth = -1; // depth at which the tokens are the elements of the article array
  let element: Pending | null = null; // an element of the article array
  let top: Pending | null = null; // a top-level object that may itself be the article
  let topKey: string | null = null;
  let topStreamed = false;

  const finish = (p: Pending): void => {
    record++;
    const at = { file, record };
    if (p.asm === null) {
      out.push(p.kind === 'object'
        ? problem(at, 'too-large', `record of more than ${formatBytes(limit)} is over the limit`, null)
        : problem(at, 'not-an-object', `element is a JSON ${p.kind}, not an object`, null));
      return;
    }
    const value = p.asm.current as unknown;
    if (!isRecord(value)) out.push(problem(at, 'not-an-object', `element is a JSON ${Array.isArray(value) ? 'array' : typeof value}, not an object`, sampleText(JSON.stringify(value))));
    else out.push({ kind: 'record', fields: value, at, raw: () => sampleText(JSON.stringify(value)) });
  };

  const feed = (p: Pending, t: Token): void => {
    if (p.asm === null) return;
    p.size += cost(t);
    if (p.size > limit) p.asm = null;
    else p.asm.consume(t as never);
  };

  const onToken = (t: Token): void => {
    const before = depth;
    if (opens(t)) depth++;
    else if (closes(t)) depth--;

    if (element) {
      feed(element, t);
      if (depth === containerDepth) { finish(element); element = null; }
      return;
    }
    if (before === containerDepth) {
      if (closes(t)) { containerDepth = -1; return; } // the article array ends
      if (opens(t)) {
        element = { asm: t.name === 'startObject' ? new Assembler() : null, size: 0, depth: before, kind: t.name === 'startObject' ? 'object' : 'array' };
        if (element.asm) element.asm.consume(t as never);
        return;
      }
      record++;
      out.push(problem({ file, record }, 'not-an-object', `element is a JSON ${String(t.name).replace('Value', '')}, not an object`, sampleText(JSON.stringify(t.value ?? null))));
      return;
    }
    if (before === 0) {
      if (t.name === 'startArray') { containerDepth = 1; return; }
      if (t.name === 'startObject') {
        top = { asm: new Assembler(), size: 0, depth: 0, kind: 'object' };
        top.asm!.consume(t as never);
        topKey = null;
        topStreamed = false;
        return;
      }
      if (isValue(t)) {
        record++;
        out.push(problem({ file, record }, 'not-an-object', `top-level JSON ${t.name.replace('Value', '')}, not an object`, sampleText(JSON.stringify(t.value ?? null))));
      }
      return;
    }
    if (top) {
      if (before === 1 && t.name === 'keyValue') topKey = String(t.value).toLowerCase();
      if (before === 1 && t.name === 'startArray' && topKey !== null && CONTAINER_KEYS.has(topKey)) {
        containerDepth = 2;
        topStreamed = true;
        return;
      }
      feed(top, t);
      if (depth === 0) {
        if (!topStreamed) finish(top);
        top = null;
      }
    }
  };

  const parser = makeParser({ jsonStreaming: true, packValues: true, streamValues: false });
  let error: Error | null = null;
  let ending = false;
  let endedInError = false;
  parser.on('data', onToken);
  parser.on('error', (e: Error) => { error = e; endedInError = ending; });
  const done = new Promise<void>((resolve) => { parser.on('end', resolve); parser.on('close', resolve); });

  for await (const chunk of input.chunks) {
    await new Promise<void>((resolve) => parser.write(chunk, (e) => { if (e) error ??= e; resolve(); }));
    yield* out.splice(0);
    if (error) break;
  }
  if (!error) {
    ending = true;
    parser.end();
    parser.resume();
    await done;
  }
  yield* out.splice(0);

  const at = { file, record: record + 1 };
  const failure = input.failure();
  if (failure) yield problem(at, failure.reason, `${failure.message}; records after #${record} are lost`);
  else if (error && (endedInError || ending)) yield problem(at, 'truncated-file', `the JSON ends before it is complete (after record #${record})`);
  else if (error) yield problem(at, 'invalid-json', `${(error as Error).message} in or after record #${record}; the rest of the file is not read`);
}
