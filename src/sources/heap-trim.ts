/**
 * Keeps the loader's garbage in V8's old generation from piling up over a long read.
 *
 * Why: `JSON.parse` interns every string value of 10 characters or less (record ids such
 * as `gen-1-6noj`, dates, short codes), and V8 allocates interned strings straight into
 * the old generation, where only a full collection frees them; a few more short-lived
 * objects get there by surviving two scavenges. V8 lets the old generation grow by at
 * least 8 MB (more early in a process) before it runs a full collection, a point a read
 * of 100 MB does not reach and one of 1 GB does: `npm run bench:read` peaked 14 MB higher
 * for 1 GB than for 100 MB without the trimmer, 3 MB with it (the rest is mostly the id sets).
 *
 * What: every `every` records the trimmer looks at the old space's used size; once it is
 * `step` (2 MB) or a quarter, whichever is more, above the lowest size seen since the last
 * full collection, it runs one, but only while the old space grows slowly (by less than
 * `fastBytes`, 1 KB, a record on average): that slow creep is what V8 leaves alone for
 * long. Where the old space grows fast (extraction in the same thread), V8 reaches its
 * own limit soon and collects by itself, so the trimmer stays out of the way. On a
 * loader-only read that is one full collection every ~35,000 generated articles, 7–16 ms
 * each (the loader's live heap is ~7 MB): ~0.1 s in a 1 GB read of ~14 s.
 *
 * How: `gc` is not a public API; it is made available with `--expose-gc` set at run time
 * and taken from a new context (`vm`). Where that fails, the trimmer does nothing.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

export interface HeapTrimmerOptions {
  /** Check once per this many records. Default 512. */
  every?: number;
  /** Least growth of the old space, in bytes, that triggers a full collection. Default 2 MB. */
  step?: number;
  /** Growth per record, in bytes, from which the old space counts as growing fast (left to V8). Default 1 KB. */
  fastBytes?: number;
  /** The old space's used bytes (default: from `v8.getHeapSpaceStatistics()`). */
  oldSpaceUsed?: () => number;
  /** Runs a full collection (default: V8's `gc`, exposed at run time). */
  collect?: (() => void) | null;
}

/** The bytes in use in V8's old space (0 if V8 does not report it). */
export function oldSpaceUsed(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'old_space') return s.space_used_size;
  return 0;
}

let exposed: (() => void) | null | undefined;

/** V8's full collection, exposed once at run time; null where that is not possible. */
export function fullCollection(): (() => void) | null {
  if (exposed === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as unknown;
      exposed = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      exposed = null;
    }
  }
  return exposed;
}

/** A function to call once per record read; it runs a full collection when the old space has grown enough. */
export function createHeapTrimmer(options: HeapTrimmerOptions = {}): () => void {
  const every = options.every ?? 512;
  const step = options.step ?? 2 * MB;
  const fastBytes = options.fastBytes ?? 1024;
  const used = options.oldSpaceUsed ?? oldSpaceUsed;
  const collect = options.collect === undefined ? fullCollection() : options.collect;
  if (collect === null) return () => {};
  let records = 0;
  let floor = Infinity;
  let floorAt = 0; // the record count when the floor was last set
  return () => {
    if (++records % every !== 0) return;
    const now = used();
    if (now < floor) { floor = now; floorAt = records; } // V8's own full collections lower it too
    const grown = now - floor;
    if (grown < Math.max(step, floor / 4)) return;
    if (grown > fastBytes * (records - floorAt)) { floor = now; floorAt = records; return; } // fast: V8's business
    collect();
    floor = used();
    floorAt = records;
  };
}
