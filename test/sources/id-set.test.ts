import { describe, expect, it } from 'vitest';
import { shortHash } from '../../src/sources/article-id.ts';
import { IdSet } from '../../src/sources/id-set.ts';

const hex16 = (hi: number, lo: number) => hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');

describe('IdSet', () => {
  it('remembers every key through growth and tells repeats', () => {
    const set = new IdSet();
    const keys = Array.from({ length: 20_000 }, (_, i) => shortHash(String(i)));
    expect(keys.every((k) => set.add(k))).toBe(true);
    expect(keys.every((k) => !set.add(k))).toBe(true);
    expect(set.size).toBe(20_000);
  });

  it('keeps keys apart that differ in one bit, the empty-slot key 0 included', () => {
    const set = new IdSet();
    const keys = ['0000000000000000', '0000000000000001', '0000000100000000', '8000000000000000', 'ffffffffffffffff', 'fffffffffffffffe'];
    for (const k of keys) expect(set.add(k)).toBe(true);
    for (const k of keys) expect(set.add(k)).toBe(false);
    expect(set.size).toBe(keys.length);
  });

  it('stays exact when keys crowd one shard (same top bits, clustered low bits)', () => {
    const set = new IdSet();
    const keys = Array.from({ length: 5_000 }, (_, i) => hex16(0x04000000 + (i >>> 4), i & 15));
    expect(keys.every((k) => set.add(k))).toBe(true);
    expect(keys.every((k) => !set.add(k))).toBe(true);
    expect(set.add(hex16(0x04000000, 16))).toBe(true);
    expect(set.size).toBe(5_001);
  });

  it('costs about 10 bytes a key, growing smoothly', () => {
    const set = new IdSet();
    for (let i = 0; i < 300_000; i++) {
      set.add(hex16(Math.imul(i, 0x9e3779b1) >>> 0, Math.imul(i ^ 0x5bd1e995, 0x85ebca6b) >>> 0));
      if (i === 30_000 || i === 299_999) {
        const perKey = set.bytes / set.size;
        expect(perKey).toBeGreaterThan(8);
        expect(perKey).toBeLessThan(12);
      }
    }
  });
});
