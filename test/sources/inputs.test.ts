import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DUMPS, readAll } from './helpers.ts';

const SET = `${DUMPS}set/`;
const tmp = mkdtempSync(join(tmpdir(), 'parley-inputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('inputs', () => {
  it('reads standard input for the path "-", sniffing its format', async () => {
    const stdin = Readable.from([readFileSync(`${SET}articles.csv`)]);
    const { articles, diagnostics } = await readAll(['-'], { stdin });
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => a.origin)).toEqual(['stdin:2', 'stdin:7', 'stdin:12']);
  });

  it.each([
    ['articles.jsonl', 'jsonl'], ['newsapi.json', 'json'], ['articles.csv', 'csv'], ['articles.tsv', 'tsv'],
    ['html/1-nsh-0304-1.html', 'html'], ['txt/3-ea-5512.txt', 'text'],
  ])('tells %s from its content when the name has no extension', async (name, format) => {
    const bare = join(tmp, `${format}-dump`);
    copyFileSync(`${SET}${name}`, bare);
    const { articles, diagnostics } = await readAll([bare]);
    expect(diagnostics).toEqual([]);
    expect(articles.length).toBeGreaterThan(0);
  });

  it('reads a .json file that holds JSON Lines line by line', async () => {
    const path = join(tmp, 'lines.json');
    copyFileSync(`${SET}articles.jsonl`, path);
    const { articles } = await readAll([path]);
    expect(articles.map((a) => a.origin)).toEqual([`${path}:1`, `${path}:2`, `${path}:3`]);
  });

  it('reads every input as the format given, whatever the name says', async () => {
    const path = join(tmp, 'export.dat');
    copyFileSync(`${SET}articles.tsv`, path);
    const { articles } = await readAll([path], { format: 'tsv' });
    expect(articles).toHaveLength(3);
  });
});
