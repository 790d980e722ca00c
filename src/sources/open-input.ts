/**
 * Opens one input (a file or standard input) as a stream of bytes, gunzipping when the
 * bytes say gzip (whatever the name says), with the first bytes kept aside for
 * sniffing the format. Read errors never throw out of here: the stream just ends and
 * `failure()` tells why, so each reader can keep what came before the damage.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Diagnostic } from '../domain/diagnostic.ts';

/** How many bytes of the (decompressed) start of an input are kept for sniffing. */
const HEAD_BYTES = 16 * 1024;
const CHUNK_BYTES = 256 * 1024;

export interface StreamFailure {
  reason: Extract<Diagnostic['reason'], 'truncated-file' | 'unreadable-file'>;
  message: string;
}

export interface OpenedInput {
  /** The name diagnostics and origins use: the path as given, or `stdin`. */
  name: string;
  gzip: boolean;
  /** The first bytes after decompression (up to 16 KB). */
  head: Buffer;
  /**
   * All the bytes after decompression, the head included. Ends early, without throwing, on
   * damage. A chunk is valid only until the next one is asked for (plain files are read
   * into two reused buffers, so that memory stays flat): a reader that keeps bytes copies them.
   */
  chunks: AsyncIterable<Buffer>;
  /** Why the stream ended early, once it has; null while reading and after a clean end. */
  failure(): StreamFailure | null;
}

function describe(error: unknown, gzip: boolean): StreamFailure {
  const e = error as NodeJS.ErrnoException;
  if (gzip && (e.code === 'Z_BUF_ERROR' || /unexpected end/i.test(e.message ?? ''))) {
    return { reason: 'truncated-file', message: 'gzip data ends early (the file is truncated)' };
  }
  if (gzip && typeof e.code === 'string' && e.code.startsWith('Z_')) {
    return { reason: 'truncated-file', message: `gzip data is damaged: ${e.message}` };
  }
  return { reason: 'unreadable-file', message: e.code ? `${e.code}: ${e.message}` : String(e.message ?? e) };
}

/**
 * Opens `path` (`-` for `stdin`). Resolves to the opened input, or to a failure when not
 * even the first byte could be read (missing file, no permission, a directory).
 * `onRawBytes` hears of each chunk of raw bytes read (before gunzip), for progress.
 */
export async function openInput(path: string, stdin: NodeJS.ReadableStream, onRawBytes: (n: number) => void = () => {}): Promise<OpenedInput | StreamFailure> {
  const name = path === '-' ? 'stdin' : path;
  let source: RawSource;
  let first: Buffer;
  try {
    source = path === '-' ? streamSource(stdin as Readable) : await fileSource(path);
    first = await source.next(true);
  } catch (error) {
    return describe(error, false);
  }
  const gzip = first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b;

  /** The raw bytes; fresh buffers when they go to gunzip, which holds on to them. */
  async function* rawChunks(): AsyncGenerator<Buffer> {
    if (!first.length) return;
    onRawBytes(first.length);
    yield first;
    for (;;) {
      const chunk = await source.next(gzip);
      if (!chunk.length) return;
      onRawBytes(chunk.length);
      yield chunk;
    }
  }

  let failure: StreamFailure | null = null;
  const decoded: AsyncIterator<Buffer> = gzip ? gunzip(rawChunks()) : rawChunks();

  const headChunks: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  try {
    while (headLength < HEAD_BYTES) {
      const r = await decoded.next();
      if (r.done) { ended = true; break; }
      let chunk = toBuffer(r.value);
      if (headLength === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3); // UTF-8 BOM
      headChunks.push(Buffer.from(chunk)); // kept: a copy, as the buffer will be reused
      headLength += chunk.length;
    }
  } catch (error) {
    failure = describe(error, gzip);
    ended = true;
  }

  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      yield* headChunks;
      if (ended) return;
      for (;;) {
        const r = await decoded.next();
        if (r.done) return;
        yield toBuffer(r.value);
      }
    } catch (error) {
      failure = describe(error, gzip);
    } finally {
      // A reader that stops early (a text file over the size limit) closes the file.
      await decoded.return?.();
      await source.close();
    }
  }

  return {
    name,
    gzip,
    head: Buffer.concat(headChunks).subarray(0, HEAD_BYTES),
    chunks: chunks(),
    failure: () => failure,
  };
}

/** Where raw bytes come from: `next(fresh)` resolves to an empty buffer at the end. */
interface RawSource {
  next(fresh: boolean): Promise<Buffer>;
  close(): Promise<void>;
}

/** A file read with positional reads into two buffers used in turn (or fresh ones when asked). */
async function fileSource(path: string): Promise<RawSource> {
  const handle: FileHandle = await open(path, 'r');
  const spare = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  let turn = 0;
  let closed = false;
  return {
    async next(fresh) {
      if (closed) return Buffer.alloc(0);
      const buffer = fresh ? Buffer.allocUnsafe(CHUNK_BYTES) : spare[turn++ & 1];
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      return buffer.subarray(0, bytesRead);
    },
    async close() {
      if (!closed) { closed = true; await handle.close(); }
    },
  };
}

/** Standard input (or any readable). */
function streamSource(stream: Readable): RawSource {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  return {
    async next() {
      const r = await it.next();
      return r.done ? Buffer.alloc(0) : toBuffer(r.value);
    },
    async close() { await it.return?.(); },
  };
}

/** Gunzips; pipeline() (unlike pipe()) ends the gunzip with the source's read error. */
function gunzip(source: AsyncIterable<Buffer>): AsyncIterator<Buffer> {
  const unzip = createGunzip({ chunkSize: 256 * 1024 });
  pipeline(Readable.from(source), unzip, () => {});
  return unzip[Symbol.asyncIterator]();
}

const toBuffer = (chunk: Buffer | string): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);

/** True when `openInput` failed. */
export const isStreamFailure = (x: OpenedInput | StreamFailure): x is StreamFailure => 'reason' in x;
