/**
 * The keys an IdSet (id-set.ts) has merged, sorted, 6 bytes a key. A key's top 16 bits
 * choose one of 65,536 buckets and are not stored: a bucket is the stretch of the run
 * between its start and the next bucket's. Of the other 48 bits, the next 16 go into a
 * Uint16Array and the low 32 into a Uint32Array, both in resizable buffers, so that a
 * merge grows them in place and never holds a second copy of the run. A lookup
 * binary-searches its bucket (the run's size / 65,536 keys, about 5 at 310,000).
 *
 * Bucket starts: a Uint32Array checkpoint every 64 buckets and a Uint16Array offset per
 * bucket from its checkpoint (132 KB, against 256 KB for a Uint32Array of starts), which
 * holds while no 64 buckets have more than 65,535 keys (for hash keys, some 60 million
 * keys); past that the starts become a plain Uint32Array, so the run stays exact
 * whatever the keys.
 */
import { reserveBuffer, type ResizableBuffer } from './resizable-buffer.ts';

const BUCKETS = 1 << 16;
const BLOCK_SHIFT = 6; // a checkpoint every 64 buckets
const BLOCK = 1 << BLOCK_SHIFT;
const BLOCKS = BUCKETS >>> BLOCK_SHIFT;
const MAX_OFFSET = 0xffff;
/** The run's most, 2^30 keys: 2 GiB of middle bits, 4 GiB of low bits (V8's largest reservation). */
const MAX_KEYS = 2 ** 30;

export class KeyRun {
  /** Bits 32–47 and 0–31 of each key; fixed-length views of the first `count` keys. */
  private mid = new Uint16Array(0);
  private low = new Uint32Array(0);
  private midBuffer: ResizableBuffer | null = null;
  private lowBuffer: ResizableBuffer | null = null;
  /** Bucket b starts at checkpoints[b >> 6] + offsets[b]; checkpoints[BLOCKS] is the run's size, offsets[BUCKETS] 0. */
  private checkpoints: Uint32Array | null = null;
  private offsets: Uint16Array | null = null;
  /** The starts themselves (starts[BUCKETS]: the run's size), once offsets would overflow. */
  private starts: Uint32Array | null = null;
  /** The keys in the run. */
  count = 0;

  /** The bytes the run and its bucket starts take. */
  get bytes(): number {
    return (this.midBuffer?.byteLength ?? 0) + (this.lowBuffer?.byteLength ?? 0)
      + (this.checkpoints?.byteLength ?? 0) + (this.offsets?.byteLength ?? 0) + (this.starts?.byteLength ?? 0);
  }

  /** Whether the key (hi, lo), as two unsigned 32-bit halves, is in the run. */
  has(hi: number, lo: number): boolean {
    if (this.count === 0) return false;
    const at = this.lowerBound(hi, lo, this.count);
    return at < this.start((hi >>> 16) + 1) && this.mid[at] === (hi & 0xffff) && this.low[at] === lo;
  }

  /**
   * Merges `keys` ([hi, lo] pairs, ascending, none of them in the run) in place: the run
   * grows by their number, then from the back each key, largest first, goes where it
   * belongs among the keys not yet moved, and the run's keys above it move up by the
   * number of keys still to place. Then the bucket starts are moved on.
   */
  merge(keys: Uint32Array): void {
    const m = keys.length >>> 1;
    const total = this.count + m;
    if (total > MAX_KEYS) throw new RangeError(`an id set holds at most ${MAX_KEYS} keys`);
    if (this.midBuffer === null || this.lowBuffer === null) {
      this.midBuffer = reserveBuffer(2 * MAX_KEYS);
      this.lowBuffer = reserveBuffer(4 * MAX_KEYS);
      this.checkpoints = new Uint32Array(BLOCKS + 1);
      this.offsets = new Uint16Array(BUCKETS + 1);
    }
    this.midBuffer.resize(2 * total);
    this.lowBuffer.resize(4 * total);
    const mid = (this.mid = new Uint16Array(this.midBuffer, 0, total));
    const low = (this.low = new Uint32Array(this.lowBuffer, 0, total));
    let end = this.count; // the run's keys from here on have moved
    for (let j = m - 1; j >= 0; j--) {
      const hi = keys[2 * j];
      const lo = keys[2 * j + 1];
      const at = this.lowerBound(hi, lo, end);
      if (at < end) {
        mid.copyWithin(at + j + 1, at, end);
        low.copyWithin(at + j + 1, at, end);
      }
      mid[at + j] = hi & 0xffff;
      low[at + j] = lo;
      end = at;
    }
    this.count = total;
    this.moveStarts(keys);
  }

  /** Where bucket b starts (b = BUCKETS: the end of the run). */
  private start(b: number): number {
    const starts = this.starts;
    if (starts !== null) return starts[b];
    return this.checkpoints![b >>> BLOCK_SHIFT] + this.offsets![b];
  }

  /** The first of the run's keys before `end` that is not below (hi, lo), in the key's bucket (by the bucket starts as they are, before a merge moves them). */
  private lowerBound(hi: number, lo: number, end: number): number {
    const b = hi >>> 16;
    const m16 = hi & 0xffff;
    const mid = this.mid;
    const low = this.low;
    let a = this.start(b);
    let z = Math.min(this.start(b + 1), end);
    while (a < z) {
      const i = (a + z) >>> 1;
      const m = mid[i];
      if (m < m16 || (m === m16 && low[i] < lo)) a = i + 1;
      else z = i;
    }
    return a;
  }

  /** Moves each bucket's start on by the merged keys of the buckets before it. */
  private moveStarts(keys: Uint32Array): void {
    const m = keys.length >>> 1;
    if (this.starts === null && !this.offsetsHold(keys)) this.widen();
    const starts = this.starts;
    let j = 0; // the merged keys below the current bucket
    if (starts !== null) {
      for (let b = 0; b <= BUCKETS; b++) {
        while (j < m && keys[2 * j] >>> 16 < b) j++;
        starts[b] += j;
      }
      return;
    }
    const checkpoints = this.checkpoints!;
    const offsets = this.offsets!;
    for (let k = 0; k < BLOCKS; k++) {
      const first = k << BLOCK_SHIFT;
      while (j < m && keys[2 * j] >>> 16 < first) j++;
      checkpoints[k] += j;
      const atCheckpoint = j;
      for (let b = first + 1; b < first + BLOCK; b++) {
        while (j < m && keys[2 * j] >>> 16 < b) j++;
        offsets[b] += j - atCheckpoint;
      }
    }
    checkpoints[BLOCKS] += m;
  }

  /** Whether, with `keys` merged, every 64 buckets still hold few enough keys for Uint16 offsets. */
  private offsetsHold(keys: Uint32Array): boolean {
    const m = keys.length >>> 1;
    const checkpoints = this.checkpoints!;
    let j = 0;
    for (let k = 0; k < BLOCKS; k++) {
      const from = j;
      const next = (k + 1) << BLOCK_SHIFT;
      while (j < m && keys[2 * j] >>> 16 < next) j++;
      if (checkpoints[k + 1] - checkpoints[k] + (j - from) > MAX_OFFSET) return false;
    }
    return true;
  }

  /** Turns checkpoints and offsets into a Uint32Array of starts. */
  private widen(): void {
    const starts = new Uint32Array(BUCKETS + 1);
    for (let b = 0; b <= BUCKETS; b++) starts[b] = this.start(b);
    this.starts = starts;
    this.checkpoints = null;
    this.offsets = null;
  }
}
