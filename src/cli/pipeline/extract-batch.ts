/**
 * Extraction of a batch of articles, the same in a worker thread and in this one: each
 * article gives its graph (as an object, or already serialised as its JSON line), or
 * the message of the error extraction threw on it, so one bad article costs only itself.
 */
import type { Article } from '../../domain/article.ts';
import type { ArticleGraph } from '../../domain/graph.ts';
import { extractArticle } from '../../extract/index.ts';

/** `graph`: the ArticleGraph object; `json`: its JSON text, serialised where it was extracted. */
export type OutputMode = 'graph' | 'json';

export type BatchResult =
  | { ok: true; graph: ArticleGraph; json: null }
  | { ok: true; graph: null; json: string }
  | { ok: false; message: string };

/** Extracts every article of the batch. */
export function extractBatch(articles: readonly Article[], output: OutputMode): BatchResult[] {
  return articles.map((article): BatchResult => {
    try {
      const graph = extractArticle(article);
      return output === 'json' ? { ok: true, graph: null, json: JSON.stringify(graph) } : { ok: true, graph, json: null };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
}
