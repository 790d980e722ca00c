import { describe, expect, it } from 'vitest';
import { shortHash } from '../../src/sources/article-id.ts';
import { IdSet } from '../../src/sources/id-set.ts';

const hex16 = (hi: number, lo: number) => (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');

/** A seeded 32-bit generator (mulberry32), so that a failure can be replayed. */
function random32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Adds every key to an IdSet and to a JS Set; each answer of the IdSet must be the Set's. */
function checkAgainstSet(keys: Iterable<string>): IdSet {
  const set = new IdSet();
  const reference = new Set<string>();
  let wrong = 0;
  for (const k of keys) {
    const isNew = !reference.has(k);
    reference.add(k);
    if (set.add(k) !== isNew) wrong++;
  }
  expect(wrong).toBe(0);
  expect(set.size).toBe(reference.size);
  return set;
}

describe('IdSet', () => {
  it('answers as a JS Set over 450,000 random keys, half of them repeats', () => {
    const next = random32(1);
    const pool: string[] = [];
    const keys: string[] = [];
    for (let i = 0; i < 450_000; i++) {
      // a repeat of a key added long ago, just before, or a new key
      const r = next() % 4;
      if (r === 0 && pool.length > 0) keys.push(pool[next() % pool.length]);
      else if (r === 1 && pool.length > 0) keys.push(pool[pool.length - 1 - (next() % Math.min(pool.length, 50))]);
      else {
        const k = hex16(next(), next());
        pool.push(k);
        keys.push(k);
      }
    }
    const set = checkAgainstSet(keys);
    expect(set.size).toBeGreaterThan(200_000);
    // every key is still there after all the merges
    expect(pool.every((k) => !set.add(k))).toBe(true);
  });

  it('remembers every key through growth and tells repeats', () => {
    const set = new IdSet();
    const keys = Array.from({ length: 20_000 }, (_, i) => shortHash(String(i)));
    expect(keys.every((k) => set.add(k))).toBe(true);
    expect(keys.every((k) => !set.add(k))).toBe(true);
    expect(set.size).toBe(20_000);
  });

  it('keeps keys apart that differ in one bit, the empty-slot key 0 included', () => {
    const set = new IdSet();
    const keys = ['0000000000000000', '0000000000000001', '0000000100000000', '8000000000000000', 'ffffffffffffffff', 'fffffffffffffffe',
      '0000ffffffffffff', '0001000000000000', '00007fffffffffff', '0000800000000000', 'ffff000000000000', 'fffe000000000000'];
    for (const k of keys) expect(set.add(k)).toBe(true);
    for (const k of keys) expect(set.add(k)).toBe(false);
    expect(set.size).toBe(keys.length);
  });

  it('keeps the one-bit neighbours apart once they are merged into the sorted run too', () => {
    const next = random32(2);
    const base = Array.from({ length: 3_000 }, () => [next(), next()] as const);
    // each key with one of its 64 bits flipped: the top 16 bits (the bucket), the 16 below them, the low 32
    const keys = base.flatMap(([hi, lo]) => [hex16(hi, lo), hex16(hi ^ 0x80000000, lo), hex16(hi ^ 0x10000, lo), hex16(hi ^ 0x8000, lo), hex16(hi ^ 1, lo),
      hex16(hi, lo ^ 0x80000000), hex16(hi, lo ^ 1)]);
    checkAgainstSet([...keys, ...keys, '0000000000000000', '0000000000000000']);
  });

  it('stays exact when keys crowd one bucket (same top 16 bits) and share their middle bits', () => {
    const next = random32(3);
    const keys: string[] = [];
    for (let i = 0; i < 30_000; i++) keys.push(hex16(0x12340000 | (next() & 0xff), next() & 0xfff)); // many repeats
    for (let i = 0; i < 5_000; i++) keys.push(hex16(0x12340000 + (i >>> 4), i & 15));
    checkAgainstSet(keys);
  });

  it('stays exact past 65,535 keys in 64 neighbouring buckets (the bucket starts widen)', () => {
    const next = random32(4);
    const keys: string[] = [];
    // 90,000 distinct keys in buckets 0x4000–0x403f, random keys elsewhere, then every key again
    for (let i = 0; i < 90_000; i++) keys.push(hex16(0x40000000 + ((i % 64) << 16) + (i >>> 6), next()));
    for (let i = 0; i < 20_000; i++) keys.push(hex16(next(), next()));
    const set = checkAgainstSet([...keys, ...keys]);
    expect(set.size).toBe(new Set(keys).size);
    expect(set.add(hex16(0x40000000, 0))).toBe(!keys.includes(hex16(0x40000000, 0)));
  });

  it('tells repeats right at the merge boundaries, for keys just merged and keys still recent', () => {
    const next = random32(5);
    const set = new IdSet();
    const added: string[] = [];
    // the first merge comes at 4,096 keys; test repeats of the last and first keys at every size around it
    for (let i = 0; i < 4_200; i++) {
      const k = hex16(next(), next());
      expect(set.add(k)).toBe(true);
      added.push(k);
      expect(set.add(k)).toBe(false);
      expect(set.add(added[0])).toBe(false);
      if (i >= 4_090 && i <= 4_100) expect(added.every((a) => !set.add(a))).toBe(true);
    }
    expect(set.size).toBe(4_200);
  });

  it('costs under 7 bytes a key at 300,000 keys, at its peak, growing smoothly', () => {
    const next = random32(6);
    const set = new IdSet();
    for (let i = 1; i <= 300_000; i++) {
      set.add(hex16(next(), next()));
      // 6 bytes a key in the run, 132 KB of bucket starts, the recent keys (a 32nd of the set, ~9 bytes each, at least
      // 37 KB): no step that doubles anything
      if (i % 1000 === 0) expect(set.peakBytes).toBeLessThan(6.4 * i + 180_000);
    }
    expect(set.size).toBe(300_000);
    expect(set.bytes / set.size).toBeLessThan(7);
    expect(set.peakBytes / set.size).toBeLessThan(7);
    expect(set.peakBytes / set.size).toBeGreaterThan(6); // 48 bits are kept of every key
  });

  it('costs a few bytes for a set of a few keys', () => {
    const set = new IdSet();
    for (let i = 0; i < 10; i++) set.add(shortHash(String(i)));
    expect(set.bytes).toBeLessThanOrEqual(256);
  });
});
