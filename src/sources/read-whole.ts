/** Reads a one-record input (a text or HTML file) whole, up to the record size limit. */
import type { OpenedInput } from './open-input.ts';

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
