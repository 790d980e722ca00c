/**
 * Splits a byte stream into lines without decoding it, so that each line can be checked
 * for NUL bytes and UTF-8 validity as it is, and kept byte-exact for the rejects file.
 * A line longer than the limit is never held whole: its first bytes are kept and the
 * rest is counted and dropped, so memory stays flat whatever the input. Chunks may be
 * reused buffers: what is kept across chunks is copied.
 */

export type LineItem =
  | {
      kind: 'line';
      /** The line's bytes without `\n` or `\r\n`; valid until the next item is requested. */
      bytes: Buffer;
      /** 1-based line number. */
      line: number;
      /** True for a last line that had no newline after it. */
      last: boolean;
    }
  | { kind: 'too-long'; line: number; head: Buffer; bytes: number };

const HEAD_BYTES = 256;

const trimCr = (b: Buffer): Buffer => (b.length && b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b);

/** Yields the lines of `chunks`; lines over `maxBytes` come as `too-long` items. */
export async function* readLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<LineItem> {
  let carry: Buffer[] = [];
  let carryLength = 0;
  let skipping: { head: Buffer; bytes: number } | null = null;
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      line++;
      if (skipping) {
        yield { kind: 'too-long', line, head: skipping.head, bytes: skipping.bytes + nl - start };
        skipping = null;
      } else {
        let bytes = chunk.subarray(start, nl);
        if (carryLength) {
          bytes = Buffer.concat([...carry, bytes]);
          carry = [];
          carryLength = 0;
        }
        if (bytes.length > maxBytes) yield { kind: 'too-long', line, head: Buffer.from(bytes.subarray(0, HEAD_BYTES)), bytes: bytes.length };
        else yield { kind: 'line', bytes: trimCr(bytes), line, last: false };
      }
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (skipping) skipping.bytes += rest.length;
    else if (rest.length) {
      carry.push(Buffer.from(rest)); // a copy: the chunk's buffer is reused for the next read
      carryLength += rest.length;
      if (carryLength > maxBytes) {
        skipping = { head: Buffer.from(Buffer.concat(carry).subarray(0, HEAD_BYTES)), bytes: carryLength };
        carry = [];
        carryLength = 0;
      }
    }
  }
  if (skipping) yield { kind: 'too-long', line: line + 1, head: skipping.head, bytes: skipping.bytes };
  else if (carryLength) yield { kind: 'line', bytes: trimCr(Buffer.concat(carry)), line: line + 1, last: true };
}
