import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readDumps } from '../../src/sources/index.ts';

const tmp = mkdtempSync(join(tmpdir(), 'parley-read-progress-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const line = (i: number) => JSON.stringify({ id: `p${i}`, title: `Talks ${i}`, text: `Kenya and Uganda held talks in Nairobi on day ${i} about the border.` });
const lines = (from: number, n: number) => Array.from({ length: n }, (_, i) => line(from + i)).join('\n') + '\n';

describe('read progress (bytes on disk, for the ETA of parley seed)', () => {
  it('knows the inputs size once reading begins, counts bytes as it reads, and ends at the total', async () => {
    const dir = join(tmp, 'dir');
    mkdirSync(dir);
    const plain = join(dir, 'a.jsonl');
    const zipped = join(dir, 'b.jsonl.gz');
    const binary = join(tmp, 'c.jsonl');
    writeFileSync(plain, lines(0, 400));
    writeFileSync(zipped, gzipSync(lines(400, 400)));
    writeFileSync(binary, Buffer.alloc(50_000, 0)); // rejected at its head, the rest never read
    const total = [plain, zipped, binary].reduce((sum, p) => sum + statSync(p).size, 0);

    const stream = readDumps([dir, binary]);
    expect(stream.progress).toEqual({ done: 0, total: null });
    const seen: number[] = [];
    let articles = 0;
    for await (const item of stream) {
      if (item.kind !== 'article') continue;
      articles++;
      expect(stream.progress.total).toBe(total);
      if (articles % 100 === 0) seen.push(stream.progress.done);
    }
    expect(articles).toBe(800);
    expect(seen.every((done, i) => done > 0 && done <= total && (i === 0 || done >= seen[i - 1]))).toBe(true);
    expect(stream.progress.done).toBe(total);
  });

  it('has no total when standard input is read', async () => {
    const stream = readDumps(['-'], { stdin: Readable.from([lines(0, 3)]) });
    let articles = 0;
    for await (const item of stream) if (item.kind === 'article') articles++;
    expect(articles).toBe(3);
    expect(stream.progress.total).toBeNull();
    expect(stream.progress.done).toBe(Buffer.byteLength(lines(0, 3)));
  });
});
