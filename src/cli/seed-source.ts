/**
 * Where `parley seed` reads from: the extraction pipeline over dump files (reading and
 * extracting in worker threads, in order, with back-pressure), or, for tests and the
 * bench, graphs already extracted.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { ArticleGraph } from '../domain/graph.ts';
import { openRejects, type RejectsWriter } from '../sources/index.ts';
import type { RawSample } from '../sources/types.ts';
import { extractDumps } from './pipeline/extract-dumps.ts';
import { resolveWorkers } from './pipeline/resolve-workers.ts';

export type SeedItem =
  | { kind: 'graph'; graph: ArticleGraph }
  | { kind: 'reject'; diagnostic: Diagnostic; raw: RawSample | null };

export interface SeedSource {
  /** Accepted graphs and rejected records, in reading order. Pulled, so it never runs ahead of the writer by more than its buffer. */
  items(): AsyncIterable<SeedItem>;
  /** Bytes read of the total, when the inputs' size is known (files, not stdin). */
  size(): { done: number; total: number } | undefined;
  /** The rejects file, once something was written to it. */
  rejectsFile(): string | null;
  /** Stops the workers and closes files; safe to call twice. */
  close(): Promise<void>;
}

export interface SeedSourceOptions {
  rejects: string;
  workers: number | null;
}

/** A source over graphs already extracted (tests, the bench). */
export function graphSource(graphs: Iterable<ArticleGraph> | AsyncIterable<ArticleGraph>): SeedSource {
  return {
    async *items() {
      for await (const graph of graphs) yield { kind: 'graph', graph } as const;
    },
    size: () => undefined,
    rejectsFile: () => null,
    close: async () => {},
  };
}

/**
 * The extraction pipeline of `parley extract` over `paths` (worker threads, in order,
 * bounded): loader and extraction errors are rejects, written to `options.rejects`
 * (created on the first one); warnings are not counted.
 */
export function openSeedSource(paths: readonly string[], options: SeedSourceOptions): SeedSource {
  let rejects: RejectsWriter | null = null;
  const stream = extractDumps(paths, { workers: resolveWorkers(null, options.workers), output: 'graph' });
  return {
    async *items() {
      for await (const item of stream) {
        if (item.kind === 'graph') {
          if (item.graph) yield { kind: 'graph', graph: item.graph } as const;
        } else if (item.diagnostic.severity === 'error') {
          if (!rejects) {
            mkdirSync(dirname(options.rejects), { recursive: true });
            rejects = await openRejects(options.rejects);
          }
          await rejects.write(item.diagnostic, item.raw);
          yield { kind: 'reject', diagnostic: item.diagnostic, raw: item.raw } as const;
        }
      }
    },
    size: () => {
      const { done, total } = stream.progress;
      return total ? { done: Math.min(done, total), total } : undefined;
    },
    rejectsFile: () => (rejects ? options.rejects : null),
    async close() {
      await stream.close();
      const r = rejects;
      rejects = null;
      await r?.close();
    },
  };
}
