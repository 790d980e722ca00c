import { describe, expect, it } from 'vitest';
import { DUMPS, readAll, where } from './helpers.ts';
import { formatSummary } from '../../src/sources/index.ts';

const MESSY = `${DUMPS}messy/`;
const LIMIT = { maxRecordBytes: 4096 };

describe('a messy JSON Lines dump', async () => {
  const read = await readAll([`${MESSY}mixed.jsonl`], LIMIT);

  it('yields every good article, with its line', () => {
    expect(read.articles.map((a) => [a.origin.slice(MESSY.length), a.sourceId])).toEqual([
      ['mixed.jsonl:1', 'm-good-1'],
      ['mixed.jsonl:9', 'm9'],
      ['mixed.jsonl:12', 'm-good-2'],
      ['mixed.jsonl:14', 'm-good-3'],
    ]);
  });

  it('reports every bad line with its reason, line and record number', () => {
    expect(where(read.diagnostics)).toEqual([
      'invalid-json@2', 'missing-text@4', 'missing-text@5', 'binary-content@6', 'invalid-utf8@7', 'too-large@8',
      'bad-date@9', 'duplicate-id@10', 'not-an-object@11', 'duplicate-id@13', 'truncated-file@15',
    ]);
    expect(read.diagnostics.every((d) => d.file === `${MESSY}mixed.jsonl`)).toBe(true);
    expect(read.diagnostics.map((d) => d.record)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14]); // the blank line 3 is no record
  });

  it('keeps the article with an unreadable date, with a null date and a warning', () => {
    const m9 = read.articles.find((a) => a.sourceId === 'm9')!;
    expect(m9.published).toBeNull();
    const warning = read.diagnostics.find((d) => d.reason === 'bad-date')!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('sometime last spring');
  });

  it('keeps the raw text of each rejected line, and the first bytes in base64 when binary', () => {
    const raw = (reason: string) => read.raws[read.diagnostics.findIndex((d) => d.reason === reason)];
    expect(raw('invalid-json')).toMatchObject({ encoding: 'text', data: expect.stringContaining('"Broken quote, ') });
    expect(raw('binary-content')?.encoding).toBe('base64');
    expect(Buffer.from(raw('binary-content')!.data, 'base64').includes(0)).toBe(true);
    expect(raw('invalid-utf8')?.encoding).toBe('base64');
    expect(raw('too-large')).toMatchObject({ encoding: 'text', truncated: true });
  });

  it('reads dates, nesting and field names of several crawlers', () => {
    expect(read.articles.map((a) => a.published)).toEqual(['2025-05-02', null, '2025-06-11', '2025-06-09']);
    expect(read.articles.map((a) => a.dateline)).toEqual(['REYKJAVIK, May 2', null, 'Kampala', null]);
  });

  it('counts it all in the summary', () => {
    expect(read.summary).toMatchObject({
      files: 1, read: 14, accepted: 4, rejected: 10, duplicates: 2, warnings: 1,
      rejectedBy: { 'invalid-json': 1, 'missing-text': 2, 'binary-content': 1, 'invalid-utf8': 1, 'too-large': 1, 'duplicate-id': 2, 'not-an-object': 1, 'truncated-file': 1 },
      warningsBy: { 'bad-date': 1 },
    });
  });
});

describe('damaged and unreadable files', () => {
  it('loads the records of a truncated gzip before the damage and reports the damage at its line', async () => {
    const { articles, diagnostics } = await readAll([`${MESSY}cut-short.jsonl.gz`]);
    expect(articles.length).toBeGreaterThan(10);
    expect(articles.map((a) => a.sourceId)).toEqual(articles.map((_, i) => `gz-${i + 1}`));
    expect(where(diagnostics)).toEqual([`truncated-file@${articles.length + 1}`]);
    expect(diagnostics[0].message).toContain('gzip');
  });

  it('loads the records of a JSON array before a syntax error, and reports it', async () => {
    const { articles, diagnostics } = await readAll([`${MESSY}broken.json`]);
    expect(articles.map((a) => a.sourceId)).toEqual(['ja-1', 'ja-2']);
    expect(where(diagnostics)).toEqual(['invalid-json#3']);
  });

  it('loads the records of a JSON array cut off in the middle of a record, and reports the cut', async () => {
    const { articles, diagnostics } = await readAll([`${MESSY}cut-short.json`]);
    expect(articles.map((a) => a.sourceId)).toEqual(['ja-1', 'ja-2']);
    expect(where(diagnostics)).toEqual(['truncated-file#3']);
  });

  it('reports a binary file, a file in a legacy encoding, an empty file and a missing file, and goes on', async () => {
    const { articles, diagnostics, raws, summary } = await readAll([
      `${MESSY}binary.jsonl`, `${MESSY}latin1.txt`, `${MESSY}empty.txt`, '/no/such/dump.jsonl', `${DUMPS}set/txt/3-ea-5512.txt`,
    ]);
    expect(where(diagnostics)).toEqual(['binary-content', 'invalid-utf8', 'missing-text#1', 'unreadable-file']);
    expect(diagnostics[3].message).toContain('no such file');
    expect(raws[0]?.encoding).toBe('base64');
    expect(articles).toHaveLength(1);
    expect(summary).toMatchObject({ files: 5, unreadable: ['/no/such/dump.jsonl'], read: 5, accepted: 1, rejected: 4 });
    expect(formatSummary(summary)).toBe('read 5 records from 5 inputs (1 unreadable: /no/such/dump.jsonl): 1 accepted, 4 rejected '
      + '(binary-content 1, invalid-utf8 1, missing-text 1, unreadable-file 1), 0 warnings');
  });

  it('names at most three unreadable inputs in the summary line', async () => {
    const { summary } = await readAll(['/no/a.jsonl', '/no/b.jsonl', '/no/c.jsonl', '/no/d.jsonl', '/no/e.jsonl']);
    expect(summary.unreadable).toEqual(['/no/a.jsonl', '/no/b.jsonl', '/no/c.jsonl', '/no/d.jsonl', '/no/e.jsonl']);
    expect(formatSummary(summary)).toBe('read 5 records from 5 inputs (5 unreadable: /no/a.jsonl, /no/b.jsonl, /no/c.jsonl and 2 more): '
      + '0 accepted, 5 rejected (unreadable-file 5), 0 warnings');
  });
});

describe('a messy CSV dump', async () => {
  const read = await readAll([`${MESSY}rows.csv`], LIMIT);

  it('yields the good rows with the line each starts on, multi-line quoted fields included', () => {
    expect(read.articles.map((a) => [a.sourceId, a.origin.slice(MESSY.length)])).toEqual([
      ['c1', 'rows.csv:2'], ['c2', 'rows.csv:3'], ['c3', 'rows.csv:4'], ['c5', 'rows.csv:8'], ['c7', 'rows.csv:10'],
    ]);
    expect(read.articles[2].body).toBe('Ghana and Togo held talks on Friday.\n\nThe talks will continue next month.');
    expect(read.articles[2].dateline).toBe('ACCRA (Wire)');
  });

  it('reads a stray closing quote leniently, as text', () => {
    expect(read.articles[1].body).toBe('"This field closes its quote" and then goes on');
  });

  it('reports the empty text, the bad date, the row over the limit and the quote never closed', () => {
    expect(where(read.diagnostics)).toEqual(['missing-text@7', 'bad-date@8', 'too-large@9', 'invalid-csv@12']);
  });
});
