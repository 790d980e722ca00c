import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, type SeedTally } from '../../src/cli/seed-progress.ts';

const tally = (read: number): SeedTally => ({ read, accepted: read - 1, rejected: 1, written: read - 11, skipped: 0 });

/** A stream that keeps what is written; `tty` makes it look like a terminal to cli-progress. */
function sink(tty: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  Object.assign(out, { isTTY: tty, columns: 200, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, clearScreenDown: () => true });
  return { stream: out as unknown as NodeJS.WriteStream, text: () => text };
}

describe('seed progress', () => {
  it('prints plain lines with the counts, and the share of the input read when its size is known', () => {
    const { stream, text } = sink(false);
    const progress = createProgress('auto', stream, 0);
    progress.update(tally(50), { done: 250, total: 1000 });
    progress.update(tally(60));
    progress.stop();
    const lines = text().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^seed: 50 read \(25%\), \d+\/s, 49 accepted, 1 rejected, 39 written, 0 already there, \d+\.\ds$/);
    expect(lines[1]).toMatch(/^seed: 60 read, \d+\/s, 59 accepted/);
  });

  it('draws a bar with a percentage and an ETA on a terminal when the size is known', async () => {
    const { stream, text } = sink(true);
    const progress = createProgress('auto', stream);
    for (let i = 1; i <= 4; i++) {
      progress.update(tally(100 * i), { done: 100 * i, total: 1000 });
      await new Promise((r) => setTimeout(r, 250));
    }
    progress.stop();
    expect(text()).toMatch(/seed .*\d+% \| 400 read \(\d+\/s\) \| 399 accepted, 1 rejected \| 389 written, 0 already there \| \d+\.\ds \| ETA \d+s/);
  });

  it('draws no percentage or ETA when the size is unknown (standard input)', async () => {
    const { stream, text } = sink(true);
    const progress = createProgress('auto', stream);
    progress.update(tally(100));
    await new Promise((r) => setTimeout(r, 250));
    progress.stop();
    expect(text()).toContain('seed | 100 read');
    expect(text()).not.toMatch(/ETA|%/);
  });
});
