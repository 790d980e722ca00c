/** How many extraction threads to use. */
import { availableParallelism } from 'node:os';

/**
 * The flag if given, else `PARLEY_WORKERS` (config.workers), else one thread fewer than
 * the cores, at least one; on a single core, 0: extraction runs in the main thread
 * (a worker there would only add start-up time).
 *
 * Why not one worker per core: measured on the 2-core box (6,000 generated articles,
 * `node bin/parley.mjs extract --format jsonl /tmp/6k.jsonl > /dev/null`, alternating runs),
 * 1 worker took 12.1–18.8 s wall (14–17 s CPU), 2 workers 15.3–23.7 s wall (20–22 s CPU), 1 worker
 * faster in each of four alternating pairs:
 * the main thread is busy too (reading, JSON parsing, writing lines), each worker loads and
 * compiles the extractor on its own, and the two workers then fight the main thread for
 * the cores. So cores − 1 stays the default.
 */
export function resolveWorkers(flag: number | null | undefined, configured: number | null, cores = availableParallelism()): number {
  if (flag !== null && flag !== undefined) return flag;
  if (configured !== null) return configured;
  return cores > 1 ? cores - 1 : 0;
}
