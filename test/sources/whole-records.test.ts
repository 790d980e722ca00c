import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAll, where } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'parley-whole-records-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LIMIT = { maxRecordBytes: 4096 };
const SHORT = 'Kenya and Uganda signed a trade deal on Monday in Nairobi.';
const LONG = 'Ghana and Togo held talks on Friday in Accra about the border. '.repeat(100); // ~6 KB

/** Writes `content` to a file named `name` in the test folder and returns its path. */
function dump(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('records over the size limit in the whole-record formats', () => {
  it('rejects the JSON element over the limit and keeps the elements around it', async () => {
    const path = dump('array.json', JSON.stringify([
      { id: 'j1', title: 'Small one', text: SHORT },
      { id: 'j2', title: 'Big one', text: LONG },
      { id: 'j3', title: 'Another small one', text: `${SHORT} Talks continue.` },
    ]));
    const { articles, diagnostics } = await readAll([path], LIMIT);
    expect(articles.map((a) => a.sourceId)).toEqual(['j1', 'j3']);
    expect(where(diagnostics)).toEqual(['too-large#2']);
  });

  it('rejects a plain-text article and an HTML page over the limit, each as its file', async () => {
    const text = dump('long.txt', `Ghana and Togo talk\n\n${LONG}\n`);
    const page = dump('long.html', `<html><head><title>Ghana and Togo talk</title></head><body><article><p>${LONG}</p></article></body></html>`);
    const { articles, diagnostics } = await readAll([text, page], LIMIT);
    expect(articles).toEqual([]);
    expect(where(diagnostics)).toEqual(['too-large#1', 'too-large#1']);
    expect(diagnostics.map((d) => d.file)).toEqual([text, page]);
  });
});

describe('inputs that are not what they seem', () => {
  it('rejects a UTF-16 file, saying to convert it', async () => {
    const path = dump('wide.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${JSON.stringify({ id: 'w1', title: 'Wide', text: SHORT })}\n`, 'utf16le')]));
    const { articles, diagnostics } = await readAll([path]);
    expect(articles).toEqual([]);
    expect(where(diagnostics)).toEqual(['invalid-utf8']);
    expect(diagnostics[0].message).toContain('UTF-16');
  });

  it('skips a file without a dump extension in a folder with a warning, and reads the rest', async () => {
    const dir = join(tmp, 'folder');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify({ id: 'f1', title: 'In a folder', text: SHORT })}\n`);
    writeFileSync(join(dir, 'notes.docx'), 'not a dump');
    const { articles, diagnostics, summary } = await readAll([dir]);
    expect(articles.map((a) => a.sourceId)).toEqual(['f1']);
    expect(diagnostics.map((d) => [d.severity, d.reason, d.file])).toEqual([['warning', 'unsupported-format', join(dir, 'notes.docx')]]);
    expect(summary).toMatchObject({ accepted: 1, rejected: 0, warnings: 1 });
  });

  it('keeps an article whose URL is not http(s), with a null URL and a bad-url warning', async () => {
    const path = dump('ftp.jsonl', `${JSON.stringify({ id: 'u1', url: 'ftp://example.org/a', title: 'Odd link', text: SHORT })}\n`);
    const { articles, diagnostics } = await readAll([path]);
    expect(articles.map((a) => [a.sourceId, a.url])).toEqual([['u1', null]]);
    expect(where(diagnostics)).toEqual(['bad-url@1']);
    expect(diagnostics[0].severity).toBe('warning');
  });
});
