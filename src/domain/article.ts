/**
 * A normalised article, as every loader in `src/sources/` yields it and every later
 * stage reads it. Text fields are normalised (NFC, plain spaces, `\n` line endings,
 * HTML entities decoded); character offsets in later stages refer to `body`.
 */
export interface Article {
  /** Stable id: from the canonical URL when there is one, else a hash of the normalised text. */
  id: string;
  /** The record's own id field from the dump, if it had one. */
  sourceId: string | null;
  url: string | null;
  title: string | null;
  /** The dateline that opened the body ("New Delhi", "KYIV, July 14 (Reuters)"), kept out of `body`. */
  dateline: string | null;
  /** The article text, without title, dateline or trailing boilerplate. */
  body: string;
  /** Publication date as `YYYY-MM-DD`, or null when unknown (never invented). */
  published: string | null;
  /** The publisher (a name or domain), or null. */
  source: string | null;
  language: string | null;
  authors: string[];
  /** Where it was read from: `file:line` or `file#record`. */
  origin: string;
}
