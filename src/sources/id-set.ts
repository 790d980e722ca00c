/**
 * The set of ids a load has seen, for the duplicate checks: each id is kept as its 64-bit
 * key (16 hex digits, from sha256), so remembering every article of a multi-gigabyte dump
 * costs about 6.5 bytes an id (310,000 ids: 2.0 MB, at the set's peak too; the old
 * sharded hash tables took 10), never a JS string each.
 *
 * Exactness: article ids *are* 64-bit hashes (`a_` + 16 hex digits), so for them the set
 * is exact. Record ids are reduced to 64 bits of sha256 first; two different record ids
 * of one file are taken for the same one only if those 64 bits collide, with odds of
 * about n² / 2⁶⁵ for n ids (3 in a billion at 350,000 ids, 3 in a million at 10 million).
 * The set itself loses nothing: every bit of every key is kept.
 *
 * Layout: most keys sit in a sorted run (key-run.ts) that drops their top 16 bits into
 * 65,536 buckets, 6 bytes a key plus 132 KB of bucket starts; the keys added since the
 * last merge sit in a small hash table of whole keys (recent-keys.ts), at most
 * max(4,096, n / 32) of them. `add` looks in both. When the table is full its keys are
 * sorted in place and merged into the run from the back, the run growing in place
 * (resizable buffers, see resizable-buffer.ts), and the table's memory is handed back
 * before it is sized anew, so no step holds a second copy of anything: the set's memory
 * grows smoothly with its size. A merge moves the run once (memmove), so each key is
 * moved about 32 times in all: 50–80 ms of merging for 310,000 keys, and an `add` costs
 * about what it did with hash tables.
 */
import { KeyRun } from './key-run.ts';
import { RecentKeys } from './recent-keys.ts';

const MIN_RECENT = 4096;
/** The recent-keys table holds at most a 32nd of the set (but at least MIN_RECENT keys). */
const RECENT_SHARE = 32;

export class IdSet {
  private readonly recent = new RecentKeys(MIN_RECENT);
  private readonly run = new KeyRun();
  private hasZero = false;
  private count = 0;
  private peak = 0;

  /** The number of distinct keys added. */
  get size(): number {
    return this.count;
  }

  /** The bytes the set's arrays take now (for tests and benchmarks). */
  get bytes(): number {
    return this.recent.bytes + this.run.bytes;
  }

  /** The most bytes the set's arrays have taken at once, in the middle of merges included. */
  get peakBytes(): number {
    return Math.max(this.peak, this.bytes);
  }

  /** Adds the key given as 16 hex digits; returns false when it was already there. */
  add(hex16: string): boolean {
    const hi = parseInt(hex16.slice(0, 8), 16) >>> 0;
    const lo = parseInt(hex16.slice(8, 16), 16) >>> 0;
    if (hi === 0 && lo === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
      this.count++;
      return true;
    }
    const at = this.recent.find(hi, lo);
    if (at >= 0 || this.run.has(hi, lo)) return false;
    this.recent.put(at, hi, lo);
    this.count++;
    if (this.recent.count >= this.recent.limit) this.merge();
    return true;
  }

  /** Moves the recent keys into the run and sizes the emptied table for the larger set. */
  private merge(): void {
    this.peak = Math.max(this.peak, this.bytes);
    this.run.merge(this.recent.sortedKeys());
    this.peak = Math.max(this.peak, this.bytes); // the grown run beside the sorted keys
    this.recent.reset(Math.max(MIN_RECENT, Math.ceil(this.run.count / RECENT_SHARE)));
  }
}
