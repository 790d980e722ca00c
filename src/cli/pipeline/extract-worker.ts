/** An extraction worker thread: answers each `{id, articles, output}` with `{id, outcome}`, in order. */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../../domain/article.ts';
import { extractBatch, type OutputMode } from './extract-batch.ts';

export interface BatchRequest { id: number; articles: Article[]; output: OutputMode }

parentPort!.on('message', (request: BatchRequest) => {
  const outcome = extractBatch(request.articles, request.output);
  // The JSON lines' buffer moves to the main thread instead of being copied.
  parentPort!.postMessage({ id: request.id, outcome }, outcome.lines ? [outcome.lines.buffer as ArrayBuffer] : []);
});
