/**
 * The GraphQL context: what every resolver may use, made fresh for each request. The
 * graph is reached only through `graph` (reads of `cypher/read/` statements), the
 * loaders built on it, and `aggregate` (a read kept between requests while the graph
 * is unchanged, for the overview); nothing in a resolver imports the driver.
 */
import type { Executor, Params, Row } from '../graph/executor.ts';
import type { StatementRegistry } from '../graph/statements.ts';
import { AggregateCache } from './aggregate-cache.ts';
import { Loaders } from './loaders.ts';
import { readGraph, type ReadGraph } from './read-graph.ts';
import { ReadLimiter } from './read-limiter.ts';

export interface ApiContext {
  graph: ReadGraph;
  loaders: Loaders;
  /** Runs `cypher/read/<name>.cypher` like `graph.read`, or answers from the aggregate cache at the graph's current version. */
  aggregate<T = Row>(name: string, params?: Params): Promise<T[]>;
  /** The largest `first` a list accepts (config `api.maxPageSize`). */
  maxPageSize: number;
}

export interface ContextOptions {
  executor: Executor;
  registry: StatementRegistry;
  maxPageSize: number;
  /** Shared by every request of one server. Default: a new cache. */
  cache?: AggregateCache;
  /** Read transactions in flight at most, over all requests. Default 8. */
  maxConcurrentReads?: number;
}

/** Returns the per-request context factory: a forked executor (own round-trip counter), fresh loaders, the shared aggregate cache. */
export function contextFactory({ executor, registry, maxPageSize, cache = new AggregateCache(), maxConcurrentReads = 8 }: ContextOptions): () => ApiContext {
  const limiter = new ReadLimiter(maxConcurrentReads);
  return () => {
    const graph = readGraph(executor.fork(), registry, limiter);
    let version: Promise<string> | null = null;
    const currentVersion = () => (version ??= graph.read('graph-version').then((rows) => JSON.stringify(rows[0])));
    return {
      graph,
      loaders: new Loaders(graph),
      maxPageSize,
      aggregate: async <T = Row>(name: string, params: Params = {}) => {
        const key = `${name} ${JSON.stringify(params)}`;
        const at = await currentVersion();
        const kept = cache.get<T>(key, at);
        if (kept) return kept;
        const rows = await graph.read<T>(name, params);
        cache.set(key, at, rows);
        return rows;
      },
    };
  };
}
