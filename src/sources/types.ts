/**
 * What passes between the parts of the loader: a format reader turns bytes into
 * records (plain objects with the dump's own field names) or problems; `readDumps`
 * turns records into normalised articles. Both streams are in reading order.
 */
import type { Article } from '../domain/article.ts';
import type { Diagnostic } from '../domain/diagnostic.ts';

/** The raw text of a bad record for the rejects file: as text, or its first bytes in base64 when binary. */
export interface RawSample {
  encoding: 'text' | 'base64';
  data: string;
  /** True when `data` holds only the start of the record. */
  truncated: boolean;
}

/** Where a record was read: 1-based line (line formats) and record number within the file. */
export interface Position {
  file: string;
  line?: number;
  record: number;
}

/** One record as a format reader found it. `raw` is computed only when the record is rejected. */
export interface RecordFound {
  kind: 'record';
  fields: Record<string, unknown>;
  at: Position;
  raw: () => RawSample;
}

/** A record or file that could not be read. */
export interface ProblemFound {
  kind: 'problem';
  diagnostic: Diagnostic;
  raw: RawSample | null;
}

export type FormatItem = RecordFound | ProblemFound;

/**
 * One item of the article stream: an input being opened, an accepted article, or a
 * diagnostic (a rejected record or file: severity error; a warning about a kept article
 * or a skipped file: severity warning, after the article it is about).
 */
export type SourceItem =
  | { kind: 'file'; name: string; format: Format | null }
  | { kind: 'article'; article: Article }
  | { kind: 'diagnostic'; diagnostic: Diagnostic; raw: RawSample | null };

export type Format = 'text' | 'jsonl' | 'json' | 'csv' | 'tsv' | 'html';

/**
 * How far a load has got, in bytes as they are on disk (compressed bytes for a gzipped
 * file): what `parley seed` turns into a percentage and an ETA.
 */
export interface ReadProgress {
  /** Bytes read so far; a file passed over part-way (binary, too large) counts whole once done with. */
  done: number;
  /** The inputs' size on disk; null until it is known, and for standard input. */
  total: number | null;
}
