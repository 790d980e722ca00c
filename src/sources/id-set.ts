/**
 * The set of ids a load has seen, for the duplicate checks: each id is kept as its 64-bit
 * key (16 hex digits, from sha256), so remembering every article of a multi-gigabyte dump
 * costs about 10 bytes an id, never a JS string each.
 *
 * Exactness: article ids *are* 64-bit hashes (`a_` + 16 hex digits), so for them the set
 * is exact. Record ids are reduced to 64 bits of sha256 first; two different record ids
 * of one file are taken for the same one only if those 64 bits collide, with odds of
 * about n² / 2⁶⁵ for n ids (3 in a billion at 350,000 ids, 3 in a million at 10 million).
 *
 * Layout: 64 shards chosen by the key's top 6 bits, each an open-addressing table
 * (linear probing) of [high 32 bits, low 32 bits] pairs in one Uint32Array, at most 7/8
 * full and grown by a quarter at a time. So the tables are 70–88 % full (8 bytes a slot,
 * ~10 bytes a key), and a growth step copies one shard, never the whole set: memory
 * grows smoothly with the number of ids instead of doubling in jumps.
 *
 * A table that a growth step replaces is released at once, not left to the garbage
 * collector: tables of a page or more live in their own resizable ArrayBuffer, which is
 * shrunk to nothing once its keys have moved (that returns its pages to the system).
 * Left to the collector, the replaced tables (up to 4× the set's size in all) stayed
 * allocated until the next full collection, so reading 1 GB peaked higher than 100 MB.
 */
const SHARD_SHIFT = 26; // 64 shards: the top 6 bits of the high half
const SHARDS = 1 << (32 - SHARD_SHIFT);
const FIRST_SLOTS = 8;
const MAX_LOAD = 7 / 8;
const GROWTH = 1.25;
const TWO_32 = 4294967296;
/** Tables from this size on get their own resizable buffer (whole pages), so they can be released. */
const OWN_BUFFER_BYTES = 4096;

/** ES2024's resizable ArrayBuffer (in Node 20), not yet in the TypeScript lib the project uses. */
type ResizableArrayBufferConstructor = new (bytes: number, options: { maxByteLength: number }) => ArrayBuffer;

/** A zeroed table of `capacity` slots. */
function newSlots(capacity: number): Uint32Array {
  const bytes = 8 * capacity;
  if (bytes < OWN_BUFFER_BYTES) return new Uint32Array(2 * capacity);
  return new Uint32Array(new (ArrayBuffer as ResizableArrayBufferConstructor)(bytes, { maxByteLength: bytes }), 0, 2 * capacity);
}

/** Gives a replaced table's memory back now (when it has its own buffer) rather than at the next full GC. */
function release(slots: Uint32Array): void {
  const buffer = slots.buffer as ArrayBuffer & { resizable?: boolean; resize?: (n: number) => void };
  if (buffer.resizable === true && buffer.resize) buffer.resize(0);
}

interface Shard {
  /** `[hi, lo]` per slot; (0, 0) marks an empty slot (the key 0 is kept apart). */
  slots: Uint32Array;
  count: number;
}

/** Where a key lives in a table of `capacity` slots: mixes both halves, then maps onto 0 … capacity - 1. */
function home(hi: number, lo: number, capacity: number): number {
  let h = Math.imul(hi ^ (lo >>> 16), 0x85ebca6b) ^ Math.imul(lo, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2f);
  h ^= h >>> 13;
  return Math.floor(((h >>> 0) * capacity) / TWO_32);
}

/** The slot holding (hi, lo), or the empty slot where it would go (as `-1 - slot`). */
function find(slots: Uint32Array, hi: number, lo: number): number {
  const capacity = slots.length >>> 1;
  for (let i = home(hi, lo, capacity); ; i = i + 1 === capacity ? 0 : i + 1) {
    const h = slots[2 * i];
    const l = slots[2 * i + 1];
    if (h === hi && l === lo) return i;
    if (h === 0 && l === 0) return -1 - i;
  }
}

export class IdSet {
  private readonly shards: (Shard | null)[] = new Array<Shard | null>(SHARDS).fill(null);
  private hasZero = false;
  private count = 0;

  /** The number of distinct keys added. */
  get size(): number {
    return this.count;
  }

  /** The bytes the tables take (for tests and benchmarks). */
  get bytes(): number {
    let total = 0;
    for (const shard of this.shards) if (shard) total += shard.slots.byteLength;
    return total;
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
    const s = hi >>> SHARD_SHIFT;
    let shard = this.shards[s];
    if (shard === null) shard = this.shards[s] = { slots: newSlots(FIRST_SLOTS), count: 0 };
    let at = find(shard.slots, hi, lo);
    if (at >= 0) return false;
    if (shard.count + 1 > (shard.slots.length >>> 1) * MAX_LOAD) {
      grow(shard);
      at = find(shard.slots, hi, lo);
    }
    const i = -1 - at;
    shard.slots[2 * i] = hi;
    shard.slots[2 * i + 1] = lo;
    shard.count++;
    this.count++;
    return true;
  }
}

/** Moves a shard's keys into a table a quarter larger. */
function grow(shard: Shard): void {
  const old = shard.slots;
  const capacity = Math.ceil((old.length >>> 1) * GROWTH);
  const slots = newSlots(capacity);
  for (let j = 0; j < old.length; j += 2) {
    const hi = old[j];
    const lo = old[j + 1];
    if (hi === 0 && lo === 0) continue;
    const i = -1 - find(slots, hi, lo);
    slots[2 * i] = hi;
    slots[2 * i + 1] = lo;
  }
  shard.slots = slots;
  release(old);
}
