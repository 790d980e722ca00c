/**
 * The batch writer against the real Neo4j, with the hand-written graphs of
 * test/graph/write-fixtures.ts: provenance, facts against reports, idempotence.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonl } from '../../bench/generate-articles.ts';
import { extractDumps } from '../../src/cli/pipeline/extract-dumps.ts';
import type { ArticleGraph } from '../../src/domain/graph.ts';
import type { Graph } from '../../src/graph/index.ts';
import { writeBatch } from '../../src/graph/write/write-batch.ts';
import { writeGraphs } from '../../src/graph/write/write-graphs.ts';
import { articleA, articleB } from '../graph/write-fixtures.ts';
import { countGraph, fingerprint } from './seed-helpers.ts';
import { openTestGraph, resetDatabase } from './test-graph.ts';

const q = (text: string) => ({ name: 'test/seed-write', text });

async function* stream<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

describe('writing article graphs to Neo4j', () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = await openTestGraph();
    await resetDatabase(graph.executor);
    await writeGraphs(graph.executor, stream([articleA, articleB]), { batchSize: 1 });
  });
  afterAll(() => graph.close());

  it('makes a fact reported by two articles one Event with two REPORTED_IN', async () => {
    const rows = await graph.executor.read<{ reports: number; sources: number; typed: number }>(q(`
      MATCH (e:Event {type: 'WARNS'})
      RETURN e.reports AS reports, COUNT { (e)-[:REPORTED_IN]->(:Article) } AS sources,
             COUNT { ()-[r:WARNS]->() WHERE r.event = e.id } AS typed`));
    expect(rows).toEqual([{ reports: 2, sources: 2, typed: 1 }]);
  });

  it('leads from every Event to its Article and sentence in one query', async () => {
    const rows = await graph.executor.read<{ events: number; unsourced: number }>(q(`
      MATCH (e:Event)
      OPTIONAL MATCH (e)-[r:REPORTED_IN]->(a:Article)
      WITH e, count(a) AS n, collect(r.sentence) AS sentences
      RETURN count(e) AS events, sum(CASE WHEN n = 0 OR any(s IN sentences WHERE s IS NULL) THEN 1 ELSE 0 END) AS unsourced`));
    expect(rows[0]).toEqual({ events: 4, unsourced: 0 });
    const trail = await graph.executor.read<{ title: string | null; sentence: string; start: number; end: number }>(q(`
      MATCH (:Person {id: 'person:trump-d'})-[w:WARNS]->(:Sanction)-[:TARGETS]->(:State {iso3: 'RUS'})
      MATCH (:Event {id: w.event})-[r:REPORTED_IN]->(a:Article)
      RETURN a.title AS title, r.sentence AS sentence, r.start AS start, r.end AS end ORDER BY a.id`));
    expect(trail).toEqual([
      { title: null, sentence: 'Trump warned of sanctions on countries buying Russian oil.', start: 0, end: 58 },
      { title: 'Trump threatens sanctions on buyers of Russian oil', sentence: 'The president repeated the threat of secondary sanctions.', start: 400, end: 457 },
    ]);
  });

  it('links people to the state they act for, talks to parties and venue', async () => {
    const rows = await graph.executor.read<{ title: string; state: string; venue: string; parties: number }>(q(`
      MATCH (:Person {id: 'person:umerov-r'})-[f:ACTS_FOR]->(s:State)
      MATCH (t:Talks)-[:HELD_IN]->(p:Place)
      RETURN f.title AS title, s.name AS state, p.name AS venue, COUNT { (t)-[:PARTY]->() } AS parties`));
    expect(rows).toEqual([{ title: 'Security Council Secretary', state: 'Ukraine', venue: 'Istanbul', parties: 2 }]);
  });

  it('merges what later articles say: aliases united, status updated, nothing erased by a null', async () => {
    const rows = await graph.executor.read(q(`
      MATCH (r:State {iso3: 'RUS'}), (s:Sanction)
      RETURN r.aliases AS aliases, r.aliasText AS aliasText, s.status AS status, s.deadline AS deadline, 'Entity' IN labels(s) AS entity`));
    expect(rows).toEqual([{ aliases: ['Moscow', 'the Kremlin'], aliasText: 'Moscow | the Kremlin', status: 'IMPOSED', deadline: '2025-09-02', entity: true }]);
  });

  it('changes nothing when the same articles are written again, in other batches', async () => {
    const before = { counts: await countGraph(graph), print: await fingerprint(graph) };
    const again = await writeBatch(graph.executor, [articleB, articleA, articleA]);
    expect(again).toMatchObject({ written: 0, skipped: 3 });
    // Even without the skip (articles deleted, facts left), MERGE keeps the graph the same.
    await graph.executor.write(q('MATCH (a:Article) DETACH DELETE a'));
    await writeGraphs(graph.executor, stream([articleA, articleB]), { batchSize: 2 });
    expect({ counts: await countGraph(graph), print: await fingerprint(graph) }).toEqual(before);
  });

  it('writes the same graph whatever the batch size and the number of open transactions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-seed-write-'));
    const graphs: ArticleGraph[] = [];
    try {
      await writeJsonl(join(dir, 'a.jsonl'), 200, 1);
      for await (const item of extractDumps([join(dir, 'a.jsonl')])) if (item.kind === 'graph' && item.graph) graphs.push(item.graph);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(graphs).toHaveLength(200);
    const prints: string[] = [];
    for (const [batchSize, concurrency] of [[200, 1], [1, 1], [7, 2], [13, 3]]) {
      await resetDatabase(graph.executor);
      const totals = await writeGraphs(graph.executor, stream(graphs), { batchSize, concurrency });
      expect(totals.written).toBe(200);
      prints.push(await fingerprint(graph));
    }
    expect(new Set(prints).size).toBe(1);
  });
});
