import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { extractBatch } from '../../src/cli/pipeline/extract-batch.ts';
import { extractDumps, type ExtractedItem } from '../../src/cli/pipeline/extract-dumps.ts';
import { DUMPS } from '../sources/helpers.ts';

const PATHS = [`${DUMPS}set/articles.jsonl`, `${DUMPS}messy/mixed.jsonl`];

/** `graph:<sourceId>` or `<reason>@<line>`, in stream order. */
async function trace(workers: number, output: 'graph' | 'json' = 'graph'): Promise<string[]> {
  const out: string[] = [];
  const stream = extractDumps(PATHS, { workers, output, batchSize: 2, read: { maxRecordBytes: 4096 } });
  for await (const item of stream as AsyncIterable<ExtractedItem>) {
    if (item.kind === 'diagnostic') out.push(`${item.diagnostic.reason}@${item.diagnostic.line}`);
    else if (item.kind === 'graph') out.push(`graph:${item.graph.article.sourceId}`);
    else {
      const lines = Buffer.from(item.lines).toString('utf8').split('\n');
      expect(lines.pop()).toBe(''); // every line ends with a newline
      expect(lines.length).toBe(item.count);
      for (const line of lines) out.push(`graph:${JSON.parse(line).article.sourceId}`);
    }
  }
  expect(stream.summary).toMatchObject({ accepted: 7, rejected: 10, warnings: 1 });
  return out;
}

describe('extractDumps', () => {
  it('yields graphs and diagnostics in input order, in this thread and on workers alike', async () => {
    const inProcess = await trace(0);
    expect(inProcess.slice(0, 5)).toEqual(['graph:nsh-0304-1', 'graph:and-0211-7', 'graph:ea-5512', 'graph:m-good-1', 'invalid-json@2']);
    expect(inProcess.at(-1)).toBe('truncated-file@15');
    expect(await trace(2, 'json')).toEqual(inProcess);
  });

  it('turns an article that extraction throws on into an error result, not a crash', () => {
    const broken = { id: 'a_0', body: null } as unknown as Article;
    const outcome = extractBatch([broken], 'graph');
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]).toEqual(expect.any(String));
    expect(outcome.graphs).toEqual([]);
  });

  it('serialises a batch in json mode as one buffer of lines, skipping the articles that failed', () => {
    const good = (id: string): Article => ({
      id, sourceId: id, url: null, title: 'Talks', dateline: null, body: 'France and Germany agreed on a new treaty on Monday.',
      published: null, source: null, language: 'en', authors: [], origin: `x.jsonl:${id}`,
    });
    const broken = { id: 'a_0', body: null } as unknown as Article;
    const outcome = extractBatch([good('a_1'), broken, good('a_2')], 'json');
    expect(outcome.graphs).toBeNull();
    expect(outcome.errors.map((e) => e === null)).toEqual([true, false, true]);
    const lines = Buffer.from(outcome.lines!).toString('utf8').split('\n');
    expect(lines.map((l) => (l ? JSON.parse(l).article.id : l))).toEqual(['a_1', 'a_2', '']);
    expect(lines[0]).toBe(JSON.stringify(extractBatch([good('a_1')], 'graph').graphs![0]));
  });
});
