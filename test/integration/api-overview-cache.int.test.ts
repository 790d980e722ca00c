/**
 * The overview's aggregations are kept between requests only while the graph is
 * unchanged: asked twice, the second answer comes without re-running them; after a
 * seeding adds articles, the answer is the new graph's (as a server with an empty
 * cache gives it), never the kept one.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../src/domain/graph.ts';
import type { Graph } from '../../src/graph/index.ts';
import { writeGraphs } from '../../src/graph/write/write-graphs.ts';
import type { RunningApi } from '../../src/api/server.ts';
import { gql, startTestApi } from '../api/api-client.ts';
import { openTestGraph, resetDatabase } from './test-graph.ts';

const FIXTURE = new URL('../fixtures/api/graphs.jsonl', import.meta.url);
const graphs = readFileSync(FIXTURE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ArticleGraph);

async function* each(list: ArticleGraph[]): AsyncIterable<ArticleGraph> {
  yield* list;
}

const OVERVIEW = `{ overview(from: "2025-07-01", to: "2025-07-31") {
  eventCounts { type events reports } topActors(first: 3) { events entity { id } } topDyads(first: 3) { events a { id } b { id } } } }`;

let graph: Graph;
let api: RunningApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await resetDatabase(graph.executor);
  // Everything but the articles of 23 July, which come later.
  await writeGraphs(graph.executor, each(graphs.filter((g) => g.article.published !== '2025-07-23')), { batchSize: 3 });
  api = await startTestApi(graph.executor);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

async function overview(url: string): Promise<{ data: any; trips: number }> {
  const before = graph.executor.roundTrips;
  const r = await gql(url, OVERVIEW);
  expect(r.errors).toBeUndefined();
  return { data: r.data, trips: graph.executor.roundTrips - before };
}

const events = (data: any) => data.overview.eventCounts.reduce((sum: number, c: { events: number }) => sum + c.events, 0);

describe('the overview cache', () => {
  it('answers a repeated overview without re-running the aggregations', async () => {
    const first = await overview(api.url);
    const second = await overview(api.url);
    expect(second.data).toEqual(first.data);
    // The three aggregations are not run again: the graph version and the entity loads
    // remain (one batch of entities now, as the kept parts all resolve at once).
    expect(second.trips).toBeLessThanOrEqual(first.trips - 3);
    expect(second.trips).toBeGreaterThanOrEqual(2);
    expect(events(first.data)).toBeGreaterThan(0);
  });

  it('gives the new graph once a seeding has added articles', async () => {
    const kept = await overview(api.url);
    await writeGraphs(graph.executor, each(graphs.filter((g) => g.article.published === '2025-07-23')), { batchSize: 3 });
    const after = await overview(api.url);
    const fresh = await startTestApi(graph.executor);
    try {
      expect(after.data).toEqual((await overview(fresh.url)).data);
    } finally {
      await fresh.close();
    }
    expect(events(after.data)).toBeGreaterThan(events(kept.data));
  });
});
