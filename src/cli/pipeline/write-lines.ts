/**
 * Writes lines to a stream with back-pressure; a reader that goes away (EPIPE, as with
 * `| head`) ends the writing quietly instead of throwing.
 */
import { once } from 'node:events';

export interface LineWriter {
  /** Writes one line; resolves false once the reader has gone. */
  write(line: string): Promise<boolean>;
  /** Writes bytes as they are (whole lines, with their newlines); resolves false once the reader has gone. */
  writeBytes(bytes: Uint8Array): Promise<boolean>;
  readonly closed: boolean;
}

export function createLineWriter(out: NodeJS.WritableStream): LineWriter {
  let closed = false;
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw e;
  });
  const put = async (chunk: string | Uint8Array): Promise<boolean> => {
    if (closed) return false;
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
    return !closed;
  };
  return {
    write: (line) => put(`${line}\n`),
    writeBytes: put,
    get closed() { return closed; },
  };
}
