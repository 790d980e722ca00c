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
    else out.push(`graph:${(item.graph ?? JSON.parse(item.json!)).article.sourceId}`);
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
    const [result] = extractBatch([broken], 'graph');
    expect(result.ok).toBe(false);
  });
});
