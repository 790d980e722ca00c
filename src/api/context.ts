/**
 * The GraphQL context: what every resolver may use, made fresh for each request. The
 * graph is reached only through `graph` (reads of `cypher/read/` statements) and the
 * loaders built on it; nothing in a resolver imports the driver.
 */
import type { Executor } from '../graph/executor.ts';
import type { StatementRegistry } from '../graph/statements.ts';
import { Loaders } from './loaders.ts';
import { readGraph, type ReadGraph } from './read-graph.ts';

export interface ApiContext {
  graph: ReadGraph;
  loaders: Loaders;
  /** The largest `first` a list accepts (config `api.maxPageSize`). */
  maxPageSize: number;
}

export interface ContextOptions {
  executor: Executor;
  registry: StatementRegistry;
  maxPageSize: number;
}

/** Returns the per-request context factory: a forked executor (own round-trip counter) and fresh loaders. */
export function contextFactory({ executor, registry, maxPageSize }: ContextOptions): () => ApiContext {
  return () => {
    const graph = readGraph(executor.fork(), registry);
    return { graph, loaders: new Loaders(graph), maxPageSize };
  };
}
