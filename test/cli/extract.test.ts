/** `parley extract` as a user runs it: a subprocess, stdout for the graphs only, stderr for the rest. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DUMPS = 'test/fixtures/dumps/';
const tmp = mkdtempSync(join(tmpdir(), 'parley-extract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function parley(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/parley.mjs', 'extract', ...args], {
    cwd: ROOT, input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PARLEY_WORKERS: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('parley extract', () => {
  const rejects = join(tmp, 'rejects.jsonl');
  const run = parley([`${DUMPS}messy/`, `${DUMPS}set/articles.jsonl`, '--rejects', rejects, '--max-record-size', '4k', '--workers', '2']);

  it('prints one ArticleGraph per accepted article on stdout and nothing else, and exits 0', () => {
    expect(run.status).toBe(0);
    const graphs = lines(run.stdout).map((l) => JSON.parse(l));
    expect(graphs.length).toBe(37); // 2 + 23 + 4 + 5 good records in messy/, 3 in the set
    for (const g of graphs) {
      expect(Object.keys(g.article).sort()).toEqual(['dateline', 'id', 'language', 'origin', 'published', 'source', 'sourceId', 'title', 'url']);
      expect(Array.isArray(g.entities) && Array.isArray(g.events)).toBe(true);
    }
  });

  it('keeps the input order, whatever the number of workers', () => {
    const inProcess = parley([`${DUMPS}messy/`, `${DUMPS}set/articles.jsonl`, '--max-record-size', '4k', '--workers', '0']);
    expect(inProcess.stdout).toBe(run.stdout);
  });

  it('prints the diagnostics and the summary on stderr, one line each', () => {
    const err = lines(run.stderr);
    expect(err).toContain(`${DUMPS}messy/mixed.jsonl:2: invalid-json: Expected ',' or '}' after property value in JSON at position 38`);
    expect(err).toContain(`${DUMPS}messy/mixed.jsonl:9: warning: bad-date: unreadable publication date sometime last spring; kept as null`);
    expect(err.at(-1)).toMatch(new RegExp('^parley extract: read 58 records from 9 inputs: 37 accepted, 21 rejected '
      + '\\(binary-content 2, duplicate-id 4, invalid-csv 1, invalid-json 2, invalid-utf8 2, missing-text 4, not-an-object 1, '
      + 'too-large 2, truncated-file 3\\), 2 warnings \\(bad-date 2\\); 37 graphs in '));
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('writes each rejected record to the rejects file with its raw text', () => {
    const rows = lines(readFileSync(rejects, 'utf8')).map((l) => JSON.parse(l));
    expect(rows).toHaveLength(21);
    expect(rows[0]).toEqual({
      file: `${DUMPS}messy/binary.jsonl`, line: null, record: null, reason: 'binary-content', message: 'binary data, not a text dump',
      raw: expect.any(String), rawEncoding: 'base64', rawTruncated: true,
    });
    expect(rows.find((r) => r.reason === 'invalid-json' && r.line === 2)).toMatchObject({ record: 2, rawEncoding: 'text', raw: expect.stringContaining('Broken quote') });
  });

  it('reads standard input when given no path', () => {
    const r = parley(['--workers', '0'], readFileSync(join(ROOT, `${DUMPS}set/articles.jsonl`), 'utf8'));
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l).article.origin)).toEqual(['stdin:1', 'stdin:2', 'stdin:3']);
  });

  it('counts a missing path among the inputs, names it in the summary and reads the rest', () => {
    const r = parley([`${DUMPS}set/articles.jsonl`, '/no/such/dump.jsonl', '--workers', '0']);
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(3);
    expect(lines(r.stderr).at(-1)).toMatch(/^parley extract: read 4 records from 2 inputs \(1 unreadable: \/no\/such\/dump\.jsonl\): 3 accepted, 1 rejected \(unreadable-file 1\), 0 warnings; 3 graphs in /);
  });

  it('fails without a stack trace when nothing could be read, and on bad usage', () => {
    const missing = parley(['/no/such/dump.jsonl', '--workers', '0']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('/no/such/dump.jsonl: unreadable-file: no such file or directory');
    expect(missing.stderr).toContain('parley extract: read 1 record from 1 input (1 unreadable: /no/such/dump.jsonl): 0 accepted, 1 rejected (unreadable-file 1)');
    expect(missing.stderr).toContain('parley: no readable input');
    const usage = parley([`${DUMPS}set/articles.jsonl`, '--format', 'xml']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--format must be jsonl or json');
  });
});
