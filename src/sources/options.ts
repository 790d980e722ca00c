/** Options of `readDumps`, with their defaults. */
export interface ReadOptions {
  /** Largest record (line, CSV row, JSON element, text or HTML file) in bytes; larger ones are rejected as too-large. Default 5 MB. */
  maxRecordBytes: number;
  /** Read files of this format whatever their extension says. Default: by extension, then by content. */
  format: import('./types.ts').Format | null;
  /** Standard input, for the path `-`. Default `process.stdin`. */
  stdin: NodeJS.ReadableStream;
  /**
   * Run a full garbage collection now and then while reading, when V8's old generation creeps
   * up with garbage it would otherwise keep for long (`heap-trim.ts`). Default true.
   */
  trimHeap: boolean;
}

export const DEFAULT_MAX_RECORD_BYTES = 5 * 1024 * 1024;

/** Fills in defaults. */
export function readOptions(partial: Partial<ReadOptions> = {}): ReadOptions {
  return {
    maxRecordBytes: partial.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES,
    format: partial.format ?? null,
    stdin: partial.stdin ?? process.stdin,
    trimHeap: partial.trimHeap ?? true,
  };
}
