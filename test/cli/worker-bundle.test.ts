import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { workerBundle } from '../../src/cli/pipeline/worker-bundle.ts';

const cache = mkdtempSync(join(tmpdir(), 'parley-bundle-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const manifestPath = join(cache, 'extract-worker.json');
const manifest = () => JSON.parse(readFileSync(manifestPath, 'utf8')) as { bundle: string; inputs: Record<string, string> };

describe('workerBundle', () => {
  it('bundles the worker with every source it imports, and reuses the bundle while they are unchanged', () => {
    const path = workerBundle(cache);
    expect(path).not.toBeNull();
    expect(existsSync(path!)).toBe(true);
    expect(Object.keys(manifest().inputs)).toEqual(expect.arrayContaining(['src/cli/pipeline/extract-worker.ts', 'src/extract/index.ts']));
    const written = readFileSync(manifestPath, 'utf8');
    expect(workerBundle(cache)).toBe(path);
    expect(readFileSync(manifestPath, 'utf8')).toBe(written); // not made again
  });

  it('makes the bundle again when a source no longer has the content it was bundled from', () => {
    const m = manifest();
    const stale = { ...m, inputs: { ...m.inputs, 'src/extract/index.ts': '0'.repeat(64) } };
    writeFileSync(manifestPath, JSON.stringify(stale));
    expect(workerBundle(cache)).toBe(join(cache, manifest().bundle));
    const actual = createHash('sha256').update(readFileSync(new URL('../../src/extract/index.ts', import.meta.url))).digest('hex');
    expect(manifest().inputs['src/extract/index.ts']).toBe(actual);
  });

  it('gives null, not an error, where the bundle cannot be written (the pool then starts workers through tsx)', () => {
    const file = join(cache, 'a-file');
    writeFileSync(file, '');
    expect(workerBundle(join(file, 'cache'))).toBeNull(); // a folder inside a file cannot be made
  });

  it('gives a worker that extracts without tsx', async () => {
    const worker = new Worker(workerBundle(cache)!);
    const article = {
      id: 'a_1', sourceId: null, url: null, title: null, dateline: null, body: 'France and Germany signed a treaty on Monday.',
      published: null, source: null, language: null, authors: [], origin: 'x.jsonl:1',
    };
    const reply = new Promise<{ id: number; outcome: { errors: unknown[]; lines: Uint8Array } }>((resolve) => worker.once('message', resolve));
    worker.postMessage({ id: 7, articles: [article], output: 'json' });
    const { id, outcome } = await reply;
    await worker.terminate();
    expect(id).toBe(7);
    expect(outcome.errors).toEqual([null]);
    expect(JSON.parse(Buffer.from(outcome.lines).toString('utf8')).article.id).toBe('a_1');
  });
});
