import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArticles, toJsonLine, writeJsonl } from '../../bench/generate-articles.ts';

const dir = mkdtempSync(join(tmpdir(), 'parley-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateArticles', () => {
  it('gives byte-identical articles for the same seed', () => {
    const a = [...generateArticles(200, 42)].map(toJsonLine).join('');
    const b = [...generateArticles(200, 42)].map(toJsonLine).join('');
    expect(a).toBe(b);
  });

  it('gives different articles for a different seed', () => {
    const [a] = generateArticles(1, 1);
    const [b] = generateArticles(1, 2);
    expect(a.text).not.toBe(b.text);
  });

  it('makes articles of about 3 KB with a dateline, a title and an ISO date', () => {
    for (const a of generateArticles(500, 7)) {
      expect(a.text.length).toBeGreaterThan(2500);
      expect(a.text.length).toBeLessThan(4200);
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.text).toMatch(/^[A-Z][A-Z .'-]+(, [A-Z][a-z]+ \d{1,2} \([A-Za-z]+\) - |: | — )/);
    }
  });

  it('gives every article a unique id and URL', () => {
    const all = [...generateArticles(5000, 3)];
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    expect(new Set(all.map((a) => a.url)).size).toBe(all.length);
  });

  it('varies states, venues and dates, and uses the words of all ten event types', () => {
    const all = [...generateArticles(300, 5)];
    expect(new Set(all.map((a) => a.title)).size).toBeGreaterThan(250);
    expect(new Set(all.map((a) => a.published)).size).toBeGreaterThan(200);
    const text = all.map((a) => a.text).join('\n');
    for (const word of ['proposed', 'warned', 'agreed', 'met ', 'imposed', 'eased', 'demanded', 'rejected', 'announced', 'accused']) {
      expect(text).toContain(word);
    }
  });

  it('writes the same bytes as JSON lines that parse back to the articles', async () => {
    const path = join(dir, 'a.jsonl');
    const res = await writeJsonl(path, 300, 9);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(res.articles).toBe(300);
    expect(lines).toHaveLength(300);
    expect(JSON.parse(lines[17])).toEqual([...generateArticles(18, 9)][17]);
    expect(res.bytes).toBe(readFileSync(path).length);
    await writeJsonl(join(dir, 'b.jsonl'), 300, 9);
    expect(readFileSync(join(dir, 'b.jsonl')).equals(readFileSync(path))).toBe(true);
  });

  it('stops at about the requested size', async () => {
    const res = await writeJsonl(join(dir, 'c.jsonl'), Infinity, 1, { maxBytes: 1_000_000 });
    expect(res.bytes).toBeGreaterThanOrEqual(1_000_000);
    expect(res.bytes).toBeLessThan(1_000_000 + 8_000);
  });
});
