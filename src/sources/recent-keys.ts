/**
 * The keys added to an IdSet (id-set.ts) since its last merge: an open-addressing table
 * (linear probing) of whole 64-bit keys, 8 bytes a slot, at most 7/8 full. The set merges
 * the keys into its sorted run when the table holds `limit` of them, so the table is
 * sized once per limit and never grows while the set is large. Up to the first merge it
 * is a plain array that doubles, so a set of a few ids costs a few bytes and no resizable
 * buffer; from then on it lives in one resizable buffer, which each `reset` empties (its
 * pages go back to the system at once) and sizes anew.
 */
import { reserveBuffer, type ResizableBuffer } from './resizable-buffer.ts';

const MAX_LOAD = 7 / 8;
const FIRST_SLOTS = 16;
const TWO_32 = 4294967296;
/** Room for 2^25 keys: the limit of a set at key-run.ts's most, 2^30 keys, at a 32nd of them. */
const MAX_TABLE_BYTES = 2 ** 29;
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
/** The words of a slot that hold a key's low and high 32 bits: as a BigUint64Array reads the slot, so that sorting that view sorts the keys. */
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;

/** Slots for `limit` keys at most 7/8 full. */
const slotsFor = (limit: number) => Math.ceil(limit / MAX_LOAD);

/** Where a key lives in a table of `capacity` slots: mixes both halves, then maps onto 0 … capacity - 1. */
function home(hi: number, lo: number, capacity: number): number {
  let h = Math.imul(hi ^ (lo >>> 16), 0x85ebca6b) ^ Math.imul(lo, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2f);
  h ^= h >>> 13;
  return Math.floor(((h >>> 0) * capacity) / TWO_32);
}

export class RecentKeys {
  /** Two words a slot (see LO, HI); (0, 0) marks an empty slot, so the key 0 is not kept here. */
  private slots = new Uint32Array(2 * FIRST_SLOTS);
  private capacity = FIRST_SLOTS;
  private buffer: ResizableBuffer | null = null;
  /** The keys in the table. */
  count = 0;

  /** `limit`: the keys the table is sized for; the owner merges them away when it holds that many. */
  constructor(public limit: number) {}

  /** The bytes the table takes. */
  get bytes(): number {
    return this.buffer?.byteLength ?? this.slots.byteLength;
  }

  /** The slot holding (hi, lo), or the empty slot where it would go (as `-1 - slot`). */
  find(hi: number, lo: number): number {
    const slots = this.slots;
    const capacity = this.capacity;
    for (let i = home(hi, lo, capacity); ; i = i + 1 === capacity ? 0 : i + 1) {
      const h = slots[2 * i + HI];
      const l = slots[2 * i + LO];
      if (h === hi && l === lo) return i;
      if (h === 0 && l === 0) return -1 - i;
    }
  }

  /** Puts (hi, lo), not (0, 0), where `find` said it would go (`at` < 0); at most `limit` keys. */
  put(at: number, hi: number, lo: number): void {
    if (this.count + 1 > this.capacity * MAX_LOAD) {
      this.grow();
      at = this.find(hi, lo);
    }
    const i = -1 - at;
    this.slots[2 * i + HI] = hi;
    this.slots[2 * i + LO] = lo;
    this.count++;
  }

  /**
   * The keys as [hi, lo] pairs, ascending: moved to the front of the table and sorted
   * there, and the table's memory past them handed back (no copy is made). The table
   * holds nothing usable until the next `reset`.
   */
  sortedKeys(): Uint32Array {
    const slots = this.slots;
    let w = 0;
    for (let i = 0; i < slots.length; i += 2) {
      if (slots[i] === 0 && slots[i + 1] === 0) continue;
      slots[w] = slots[i];
      slots[w + 1] = slots[i + 1];
      w += 2;
    }
    new BigUint64Array(slots.buffer, slots.byteOffset, w >>> 1).sort();
    if (LO === 0) {
      for (let i = 0; i < w; i += 2) {
        const lo = slots[i];
        slots[i] = slots[i + 1];
        slots[i + 1] = lo;
      }
    }
    this.buffer?.resize(4 * w);
    return new Uint32Array(slots.buffer, slots.byteOffset, w);
  }

  /** Empties the table and sizes it for `limit` keys, in the resizable buffer. */
  reset(limit: number): void {
    this.limit = limit;
    this.capacity = slotsFor(limit);
    this.count = 0;
    this.buffer ??= reserveBuffer(MAX_TABLE_BYTES);
    this.buffer.resize(0); // zeroes by giving the pages back; they are taken afresh as keys come
    this.buffer.resize(8 * this.capacity);
    this.slots = new Uint32Array(this.buffer, 0, 2 * this.capacity);
  }

  /** Doubles the plain table of the first keys, up to the size for `limit`. */
  private grow(): void {
    const old = this.slots;
    this.capacity = Math.min(2 * this.capacity, slotsFor(this.limit));
    this.slots = new Uint32Array(2 * this.capacity);
    for (let j = 0; j < old.length; j += 2) {
      const hi = old[j + HI];
      const lo = old[j + LO];
      if (hi === 0 && lo === 0) continue;
      const i = -1 - this.find(hi, lo);
      this.slots[2 * i + HI] = hi;
      this.slots[2 * i + LO] = lo;
    }
  }
}
