import { describe, expect, it } from 'vitest';
import { resolveWorkers } from '../../src/cli/pipeline/resolve-workers.ts';

describe('resolveWorkers', () => {
  it('takes the flag first, then PARLEY_WORKERS, whatever the cores', () => {
    expect(resolveWorkers(3, 5, 2, 0)).toBe(3);
    expect(resolveWorkers(0, 5, 8)).toBe(0);
    expect(resolveWorkers(null, 5, 2, 0)).toBe(5);
    expect(resolveWorkers(undefined, 0, 8)).toBe(0);
  });

  it('leaves `spare` cores to the main thread, at least one worker, none on a single core', () => {
    expect(resolveWorkers(null, null, 2, 0)).toBe(2); // parley extract
    expect(resolveWorkers(null, null, 2)).toBe(1); // parley seed
    expect(resolveWorkers(null, null, 8)).toBe(7);
    expect(resolveWorkers(null, null, 1, 0)).toBe(0);
    expect(resolveWorkers(null, null, 1)).toBe(0);
  });
});
