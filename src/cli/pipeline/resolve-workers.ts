/** How many extraction threads to use. */
import { availableParallelism } from 'node:os';

/**
 * The flag if given, else `PARLEY_WORKERS` (config.workers), else one thread fewer than
 * the cores, at least one; on a single core, 0: extraction runs in the main thread
 * (a worker there would only add start-up time).
 */
export function resolveWorkers(flag: number | null | undefined, configured: number | null, cores = availableParallelism()): number {
  if (flag !== null && flag !== undefined) return flag;
  if (configured !== null) return configured;
  return cores > 1 ? cores - 1 : 0;
}
