/** The API's read limiter: never more than `max` in flight, the rest in order, a failure frees its slot. */
import { describe, expect, it } from 'vitest';
import { ReadLimiter } from '../../src/api/read-limiter.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ReadLimiter', () => {
  it('runs at most max at once and starts the waiting ones in order as slots free up', async () => {
    const limiter = new ReadLimiter(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const gates: (() => void)[] = [];
    const jobs = [0, 1, 2, 3, 4].map((i) =>
      limiter.run(async () => {
        started.push(i);
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running -= 1;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    while (gates.length < 5) {
      gates.forEach((open) => open());
      await tick();
    }
    gates.forEach((open) => open());
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  it('frees the slot of a job that fails', async () => {
    const limiter = new ReadLimiter(1);
    await expect(limiter.run(async () => { throw new Error('down'); })).rejects.toThrow('down');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });
});
