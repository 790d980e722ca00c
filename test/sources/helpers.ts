/** Reading helpers for the loader tests: collect what `readDumps` yields. */
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/domain/article.ts';
import type { Diagnostic } from '../../src/domain/diagnostic.ts';
import { readDumps, type LoadSummary, type ReadOptions, type RawSample } from '../../src/sources/index.ts';

export const DUMPS = fileURLToPath(new URL('../fixtures/dumps/', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export interface Read {
  articles: Article[];
  diagnostics: Diagnostic[];
  raws: (RawSample | null)[];
  summary: LoadSummary;
}

/** Reads `paths` to the end. */
export async function readAll(paths: string[], options: Partial<ReadOptions> = {}): Promise<Read> {
  const stream = readDumps(paths, options);
  const read: Read = { articles: [], diagnostics: [], raws: [], summary: stream.summary };
  for await (const item of stream) {
    if (item.kind === 'article') read.articles.push(item.article);
    else if (item.kind === 'diagnostic') {
      read.diagnostics.push(item.diagnostic);
      read.raws.push(item.raw);
    }
  }
  return read;
}

/** `reason@line` (or `reason#record`) of each diagnostic, for compact assertions. */
export const where = (ds: Diagnostic[]): string[] =>
  ds.map((d) => `${d.reason}${d.line !== undefined ? `@${d.line}` : d.record !== undefined ? `#${d.record}` : ''}`);
