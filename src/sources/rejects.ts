/**
 * The rejects file: one JSON object per rejected record or file, with the raw record
 * text (or its first bytes in base64 when binary), so a user can mend and reload them.
 * `{file, line, record, reason, message, raw, rawEncoding, rawTruncated}`.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { RawSample } from './types.ts';

export interface RejectLine {
  file: string;
  line: number | null;
  record: number | null;
  reason: Diagnostic['reason'];
  message: string;
  raw: string | null;
  rawEncoding: RawSample['encoding'] | null;
  rawTruncated: boolean;
}

/** The rejects-file line for a rejected record. */
export function rejectLine(diagnostic: Diagnostic, raw: RawSample | null): RejectLine {
  return {
    file: diagnostic.file,
    line: diagnostic.line ?? null,
    record: diagnostic.record ?? null,
    reason: diagnostic.reason,
    message: diagnostic.message,
    raw: raw?.data ?? null,
    rawEncoding: raw?.encoding ?? null,
    rawTruncated: raw?.truncated ?? false,
  };
}

export interface RejectsWriter {
  /** Appends one rejected record (warnings are not rejects: pass errors only). */
  write(diagnostic: Diagnostic, raw: RawSample | null): Promise<void>;
  close(): Promise<void>;
}

/** Opens (truncates) the rejects file at `path`. Fails with the fs error when it cannot be created. */
export async function openRejects(path: string): Promise<RejectsWriter> {
  const out: WriteStream = createWriteStream(path);
  await Promise.race([once(out, 'open'), once(out, 'error').then(([e]) => Promise.reject(e))]);
  return {
    async write(diagnostic, raw) {
      if (!out.write(`${JSON.stringify(rejectLine(diagnostic, raw))}\n`)) await once(out, 'drain');
    },
    async close() {
      await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    },
  };
}
