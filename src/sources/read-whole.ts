/** Reads a one-record input (a text or HTML file) whole, up to the record size limit. */
import type { OpenedInput } from './open-input.ts';
import { formatBytes, problem } from './problem.ts';
import { sampleBytes } from './raw-sample.ts';
import type { ProblemFound } from './types.ts';

export type Whole = { ok: true; bytes: Buffer } | { ok: false; head: Buffer; bytes: number };

/** The input's bytes, or its first bytes and size when it is over `maxBytes` (reading stops there). */
export async function readWhole(input: OpenedInput, maxBytes: number): Promise<Whole> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of input.chunks) {
    chunks.push(Buffer.from(chunk)); // a copy: chunk buffers are reused
    length += chunk.length;
    if (length > maxBytes) return { ok: false, head: Buffer.concat(chunks).subarray(0, 256), bytes: length };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/**
 * A one-record input read whole and checked the same way for every such format: over the
 * size limit, damaged (a truncated gzip), or holding NUL bytes is a problem at record 1;
 * `noun` names the input in the message ("file", "page").
 */
export async function readOneRecord(input: OpenedInput, maxBytes: number, noun: string): Promise<{ ok: true; bytes: Buffer } | { ok: false; problem: ProblemFound }> {
  const at = { file: input.name, record: 1 };
  const whole = await readWhole(input, maxBytes);
  if (!whole.ok) {
    return { ok: false, problem: problem(at, 'too-large', `${noun} of more than ${formatBytes(maxBytes)} is over the limit for one article`, sampleBytes(whole.head, whole.bytes)) };
  }
  const { bytes } = whole;
  const failure = input.failure();
  if (failure) return { ok: false, problem: problem(at, failure.reason, failure.message, sampleBytes(bytes)) };
  if (bytes.includes(0)) return { ok: false, problem: problem(at, 'binary-content', `the ${noun} holds NUL bytes (binary data)`, sampleBytes(bytes)) };
  return { ok: true, bytes };
}
