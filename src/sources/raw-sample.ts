/**
 * The raw text of a rejected record, as the rejects file keeps it: the text itself when
 * it is valid UTF-8 without NUL bytes, else its first bytes in base64. Long records keep
 * their start only.
 */
import { isUtf8 } from 'node:buffer';
import type { RawSample } from './types.ts';

/** How much of a rejected record the rejects file keeps. */
export const RAW_SAMPLE_BYTES = 64 * 1024;
const BINARY_SAMPLE_BYTES = 256;

/** A raw sample from bytes. */
export function sampleBytes(bytes: Uint8Array, totalBytes = bytes.length): RawSample {
  let end = Math.min(bytes.length, RAW_SAMPLE_BYTES);
  // Cut at a character boundary: step back over continuation bytes.
  if (end < bytes.length) while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  const head = bytes.subarray(0, end);
  if (head.includes(0) || !isUtf8(head)) {
    const start = bytes.subarray(0, BINARY_SAMPLE_BYTES);
    return { encoding: 'base64', data: Buffer.from(start).toString('base64'), truncated: totalBytes > start.length };
  }
  return { encoding: 'text', data: Buffer.from(head).toString('utf8'), truncated: totalBytes > end };
}

/** A raw sample from text already decoded. */
export function sampleText(text: string): RawSample {
  if (text.length <= RAW_SAMPLE_BYTES) return { encoding: 'text', data: text, truncated: false };
  return { encoding: 'text', data: text.slice(0, RAW_SAMPLE_BYTES), truncated: true };
}
