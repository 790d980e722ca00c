/**
 * What the seed benchmarks share: CPU time of this process and of the Neo4j server (from
 * /proc), a throwaway Neo4j (Parley's local-server code, free ports, temp folder) or the
 * one PARLEY_BENCH_NEO4J_URI names, and extraction of a dump before any timing.
 */
import { loadConfig } from '../src/config.ts';
import { extractDumps } from '../src/cli/pipeline/extract-dumps.ts';
import type { ArticleGraph } from '../src/domain/graph.ts';
import { connectTo, connectionFor, type Graph } from '../src/graph/index.ts';
import { freePort, startLocalServer, stopLocalServer } from '../src/graph/local-server/index.ts';
import { processCpuMs } from './process-cpu.ts';

export const log = (line: string): void => { process.stderr.write(`${line}\n`); };
export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;

/** CPU seconds (user + system) of a process, from /proc (Linux); null elsewhere. */
export function processCpu(pid: number | null): number | null {
  const ms = processCpuMs(pid);
  return ms === null ? null : ms / 1000;
}

/** CPU seconds of this process, all threads. */
export const nodeCpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

export interface Measured<T> {
  result: T;
  ms: number;
  cpu: { node: number; neo4j: number | null };
}

/** Wall time and CPU seconds of this process and of the Neo4j server while `work` runs. */
export async function measured<T>(neo4jPid: number | null, work: () => Promise<T>): Promise<Measured<T>> {
  const n0 = nodeCpu();
  const s0 = processCpu(neo4jPid);
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  const s1 = processCpu(neo4jPid);
  return { result, ms, cpu: { node: Number((nodeCpu() - n0).toFixed(2)), neo4j: s0 === null || s1 === null ? null : Number((s1 - s0).toFixed(2)) } };
}

export interface BenchGraph {
  graph: Graph;
  stop: () => Promise<void>;
  /** The server's process id (a throwaway server), else null. */
  pid: number | null;
}

/** A throwaway Neo4j in `dir`, or the server PARLEY_BENCH_NEO4J_URI names (it is emptied!; PARLEY_BENCH_NEO4J_PID its process). */
export async function openBenchGraph(dir: string): Promise<BenchGraph> {
  const env = process.env;
  if (env.PARLEY_BENCH_NEO4J_URI) {
    const graph = connectTo({
      uri: env.PARLEY_BENCH_NEO4J_URI, username: env.PARLEY_BENCH_NEO4J_USERNAME || 'neo4j',
      password: env.PARLEY_BENCH_NEO4J_PASSWORD || '', database: env.PARLEY_BENCH_NEO4J_DATABASE || 'neo4j', external: true,
    });
    // PARLEY_BENCH_NEO4J_PID: that server's process id, for its CPU time (same machine only).
    return { graph, stop: () => graph.close(), pid: env.PARLEY_BENCH_NEO4J_PID ? Number(env.PARLEY_BENCH_NEO4J_PID) : null };
  }
  const config = loadConfig({
    PARLEY_HOME: dir,
    PARLEY_BOLT_PORT: String(await freePort()),
    PARLEY_HTTP_PORT: String(await freePort()),
    PARLEY_NEO4J_HEAP: env.PARLEY_NEO4J_HEAP || '1g',
    PARLEY_NEO4J_PAGECACHE: env.PARLEY_NEO4J_PAGECACHE || '1g',
  });
  log(`starting a throwaway Neo4j in ${config.local.dir} (bolt ${config.local.boltPort})…`);
  const { pid } = await startLocalServer(config, { log });
  const graph = connectTo(connectionFor(config));
  return { graph, stop: async () => { await graph.close(); await stopLocalServer(config); }, pid };
}

/** The first `limit` article graphs of a dump, extracted with `workers` threads (0: this one). */
export async function extractAll(path: string, limit: number, workers = 1): Promise<ArticleGraph[]> {
  const graphs: ArticleGraph[] = [];
  const stream = extractDumps([path], { workers });
  for await (const item of stream) {
    if (item.kind === 'graph' && item.graph) graphs.push(item.graph);
    if (graphs.length >= limit) break;
  }
  await stream.close();
  return graphs;
}

export async function* iterate<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}
