import { describe, expect, it } from 'vitest';
import { DUMPS, readAll } from './helpers.ts';

const SET = `${DUMPS}set/`;
const GZ = `${DUMPS}set-gz/`;
const STRUCTURED = ['articles.jsonl', 'newsapi.json', 'nested.json', 'articles.csv', 'articles.tsv'];
const PAGES = ['txt/', 'html/'];

/** What every format must agree on. */
const core = (a: { id: string; title: string | null; dateline: string | null; body: string; url: string | null }) =>
  ({ id: a.id, title: a.title, dateline: a.dateline, body: a.body, url: a.url });

describe('one set of articles in every format', async () => {
  const reference = (await readAll([`${SET}articles.jsonl`])).articles;

  it('reads the reference JSON Lines dump as three articles', () => {
    expect(reference.map((a) => a.sourceId)).toEqual(['nsh-0304-1', 'and-0211-7', 'ea-5512']);
    expect(reference.map((a) => a.dateline)).toEqual(['OSLO, March 4 (Herald)', 'Santiago', null]);
    expect(reference.map((a) => a.published)).toEqual(['2025-03-04', '2025-02-11', null]);
    expect(reference[0].source).toBe('North Sea Herald');
    expect(reference[0].authors).toEqual(['Ingrid Halvorsen']);
    expect(reference[0].language).toBe('en');
  });

  for (const dir of [SET, GZ]) {
    for (const name of [...STRUCTURED, ...PAGES]) {
      const path = dir === GZ && !name.endsWith('/') ? `${dir}${name}.gz` : `${dir}${name}`;
      it(`${path.slice(DUMPS.length)} reads to the same articles (same ids)`, async () => {
        const { articles, diagnostics } = await readAll([path]);
        expect(diagnostics).toEqual([]);
        expect(articles.map(core)).toEqual(reference.map(core));
        if (STRUCTURED.includes(name)) {
          expect(articles.map((a) => [a.sourceId, a.published, a.source])).toEqual(reference.map((a) => [a.sourceId, a.published, a.source]));
        }
      });
    }
  }

  it('gives the plain-text copy without metadata the id of its text, whatever the format', async () => {
    const [bare] = (await readAll([`${SET}txt/3-ea-5512.txt`])).articles;
    expect(bare.url).toBeNull();
    expect(bare.id).toBe(reference[2].id);
  });

  it('drops tracking parameters, case and trailing slashes from the URL before hashing it', async () => {
    expect(reference[0].id).not.toBe(reference[1].id);
    const { articles } = await readAll([`${SET}html/1-nsh-0304-1.html`]);
    expect(articles[0].id).toBe(reference[0].id);
  });

  it('reads a directory recursively in name order and rejects the repeats as duplicates', async () => {
    const { articles, summary } = await readAll([SET]);
    expect(articles.map((a) => a.origin.slice(SET.length))).toEqual(['articles.csv:2', 'articles.csv:7', 'articles.csv:12']);
    expect(summary.duplicates).toBe(18);
    expect(summary.files).toBe(11);
  });
});
