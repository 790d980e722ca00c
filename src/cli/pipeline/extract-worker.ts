/** An extraction worker thread: answers each `{id, articles, output}` with `{id, results}`, in order. */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../../domain/article.ts';
import { extractBatch, type OutputMode } from './extract-batch.ts';

export interface BatchRequest { id: number; articles: Article[]; output: OutputMode }

parentPort!.on('message', (request: BatchRequest) => {
  parentPort!.postMessage({ id: request.id, results: extractBatch(request.articles, request.output) });
});
