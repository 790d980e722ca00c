/**
 * Extraction of a batch of articles, the same in a worker thread and in this one: each
 * article gives its graph (as an object, or already serialised as its JSON line), or
 * the message of the error extraction threw on it, so one bad article costs only itself.
 */
import type { Article } from '../../domain/article.ts';
import type { ArticleGraph } from '../../domain/graph.ts';
import { extractArticle } from '../../extract/index.ts';

/** `graph`: the ArticleGraph objects; `json`: their JSON lines, serialised where they were extracted. */
export type OutputMode = 'graph' | 'json';

/** What a batch gave, article by article in input order. */
export interface BatchOutcome {
  /** One per article: null when it was extracted, else the message of the error extraction threw. */
  errors: (string | null)[];
  /** `graph` mode: the graphs of the articles extracted, in order; else null. */
  graphs: ArticleGraph[] | null;
  /**
   * `json` mode: the JSON lines of the articles extracted, in order, as UTF-8, each line
   * ending with `\n` (JSON text holds no raw newline, so each `\n` ends one graph); else
   * null. One buffer per batch: a worker hands it over without a copy (transfer) and the
   * main thread writes it out as it is, with no string to clone, encode or collect.
   */
  lines: Uint8Array | null;
}

const encoder = new TextEncoder();

/** Extracts every article of the batch. */
export function extractBatch(articles: readonly Article[], output: OutputMode): BatchOutcome {
  const errors: (string | null)[] = [];
  const graphs: ArticleGraph[] = [];
  let text = '';
  for (const article of articles) {
    try {
      const graph = extractArticle(article);
      if (output === 'json') text += `${JSON.stringify(graph)}\n`;
      else graphs.push(graph);
      errors.push(null);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  // TextEncoder gives a fresh, exactly sized buffer of its own (Buffer.from may hand out a slice of a shared pool, which cannot be transferred).
  return output === 'json' ? { errors, graphs: null, lines: encoder.encode(text) } : { errors, graphs, lines: null };
}
