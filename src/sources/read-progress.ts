/**
 * How far a load has got, in bytes as they are on disk (compressed bytes for a gzipped
 * file): what `parley seed` turns into a percentage and an ETA.
 */
import { stat } from 'node:fs/promises';
import { listInputs } from './list-inputs.ts';

export interface ReadProgress {
  /** Bytes read so far; a file passed over part-way (binary, too large) counts whole once done with. */
  done: number;
  /** The inputs' size on disk; null until it is known, and for standard input. */
  total: number | null;
}

/** The size of each file behind `paths`, or null when one of them is standard input. */
export async function inputSizes(paths: readonly string[]): Promise<Map<string, number> | null> {
  if (paths.includes('-')) return null;
  const sizes = new Map<string, number>();
  for await (const entry of listInputs(paths)) {
    if (entry.kind !== 'file') continue;
    try {
      sizes.set(entry.path, (await stat(entry.path)).size);
    } catch {
      // unreadable now: reported when it is read
    }
  }
  return sizes;
}
