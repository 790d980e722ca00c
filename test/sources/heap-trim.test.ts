import { describe, expect, it } from 'vitest';
import { createHeapTrimmer, fullCollection, oldSpaceUsed } from '../../src/sources/heap-trim.ts';

const MB = 1024 * 1024;

/** A trimmer over a fake old space whose size the test sets; counts the collections it runs. */
function fake(options: { every?: number; step?: number; fastBytes?: number } = {}) {
  const heap = { used: 6 * MB, collections: 0, liveAfterCollection: 6 * MB };
  const trim = createHeapTrimmer({
    fastBytes: Infinity, // growth rate not under test unless given
    ...options,
    oldSpaceUsed: () => heap.used,
    collect: () => { heap.collections++; heap.used = heap.liveAfterCollection; },
  });
  const records = (n: number) => { for (let i = 0; i < n; i++) trim(); };
  return { heap, records };
}

describe('the heap trimmer', () => {
  it('runs a full collection once the old space has grown by the step since the lowest size seen, and only then', () => {
    const { heap, records } = fake({ every: 10, step: 2 * MB });
    records(10); // first look: 6 MB is the floor
    heap.used = 7.9 * MB;
    records(10);
    expect(heap.collections).toBe(0);
    heap.used = 8 * MB;
    records(9);
    expect(heap.collections).toBe(0); // looks only every 10 records
    records(1);
    expect(heap.collections).toBe(1);
    expect(heap.used).toBe(6 * MB);
  });

  it('measures growth from below when V8 has collected by itself meanwhile', () => {
    const { heap, records } = fake({ every: 1, step: 2 * MB });
    records(1);
    heap.used = 5 * MB; // V8's own full collection
    records(1);
    heap.used = 6.5 * MB;
    records(1);
    expect(heap.collections).toBe(0);
    heap.used = 7 * MB;
    records(1);
    expect(heap.collections).toBe(1);
  });

  it('waits for a quarter of the heap when that is more than the step (a large heap held for other reasons)', () => {
    const { heap, records } = fake({ every: 1, step: 2 * MB });
    heap.used = heap.liveAfterCollection = 80 * MB;
    records(1);
    heap.used = 95 * MB;
    records(1);
    expect(heap.collections).toBe(0);
    heap.used = 100 * MB;
    records(1);
    expect(heap.collections).toBe(1);
  });

  it('leaves a fast-growing old space to V8, and trims a slowly creeping one', () => {
    const fast = fake({ every: 100, step: 2 * MB, fastBytes: 1024 });
    fast.records(100);
    fast.heap.used += 3 * MB; // 30 KB a record: a heap busy with other work
    fast.records(100);
    expect(fast.heap.collections).toBe(0);
    const slow = fake({ every: 1000, step: 2 * MB, fastBytes: 1024 });
    slow.records(1000);
    for (let i = 0; i < 60; i++) { slow.heap.used += 50 * 1000; slow.records(1000); } // 50 bytes a record
    expect(slow.heap.collections).toBe(1);
  });

  it('does nothing where no full collection is available', () => {
    let looked = 0;
    const trim = createHeapTrimmer({ every: 1, collect: null, oldSpaceUsed: () => { looked++; return 0; } });
    for (let i = 0; i < 10; i++) trim();
    expect(looked).toBe(0);
  });

  it('frees the short strings JSON.parse interned into the old space', () => {
    const collect = fullCollection();
    expect(collect).toBeTypeOf('function');
    collect!();
    const before = oldSpaceUsed();
    for (let i = 0; i < 200_000; i++) JSON.parse(`{"id":"r-${i.toString(36)}"}`);
    const grown = oldSpaceUsed() - before;
    expect(grown).toBeGreaterThan(2 * MB);
    collect!();
    expect(oldSpaceUsed() - before).toBeLessThan(grown / 4);
  });
});
