/** How many extraction threads to use. */
import { availableParallelism } from 'node:os';

/**
 * The flag if given, else `PARLEY_WORKERS` (config.workers), else one thread per core
 * less `spare` (the cores left to the main thread), at least one; on a single core, 0:
 * extraction runs in the main thread (a worker there would only add start-up time).
 *
 * `parley extract` passes `spare` 0: its main thread only reads, parses and writes lines
 * (1.7 s busy of a 13 s run over 6,000 generated articles with one worker, by `--cpu-prof`;
 * it never loads the extractor when workers run), so a worker per core wins. Measured on the
 * 2-core box (6,000 generated articles, `node bin/parley.mjs extract --format jsonl FILE >
 * /dev/null`, alternating runs, load average 3–13 from other jobs): 2 workers 7.4–9.2 s wall,
 * 1 worker 8.5–10.4 s; 2 faster in two of three pairs, a tie in the third. `parley seed`
 * keeps the default `spare` 1: its main thread also writes to Neo4j.
 */
export function resolveWorkers(flag: number | null | undefined, configured: number | null, cores = availableParallelism(), spare = 1): number {
  if (flag !== null && flag !== undefined) return flag;
  if (configured !== null) return configured;
  return cores > 1 ? Math.max(1, cores - spare) : 0;
}
