/**
 * The read statements that take one of two ways to a page (an ordered index scan of at
 * most $scan rows, else the entity's own relationships, sorted) answer the same pages
 * whichever way they take: run against the API fixture graph with the scan forced off
 * ($scan 1: the fallback) and forced on ($scan large enough for the whole graph), page
 * after page with cursors, with and without filters.
 */
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../src/domain/graph.ts';
import type { Graph } from '../../src/graph/index.ts';
import { statements } from '../../src/graph/index.ts';
import { writeGraphs } from '../../src/graph/write/write-graphs.ts';
import { openTestGraph, resetDatabase } from './test-graph.ts';

const FIXTURE = new URL('../fixtures/api/graphs.jsonl', import.meta.url);

async function* fixtureGraphs(): AsyncIterable<ArticleGraph> {
  for (const line of readFileSync(FIXTURE, 'utf8').split('\n')) if (line.trim()) yield JSON.parse(line) as ArticleGraph;
}

let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
  await resetDatabase(graph.executor);
  await writeGraphs(graph.executor, fixtureGraphs(), { batchSize: 3 });
});

afterAll(async () => {
  await graph?.close();
});

const int = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));

type EventKey = { id: string; key: string };
const NO_FILTER = { types: null, modalities: null, from: null, to: null, minConfidence: null, actor: null, target: null, source: null };

/** Every page of `statement` for `params`, `limit` at a time, following the keyset cursor. */
async function allPages(statement: string, params: Record<string, unknown>, scan: number, limit = 2): Promise<{ pages: string[][]; total: number | null }> {
  const pages: string[][] = [];
  let after: EventKey | null = null;
  let total: number | null = null;
  for (let i = 0; i < 200; i++) {
    const rows: { page: EventKey[]; total: number | null }[] = await graph.executor.read(statements.get(`read/${statement}`), int({
      ...params, afterKey: after?.key ?? null, afterId: after?.id ?? null, limit: limit + 1, scan, withTotal: i === 0, withEntities: false,
    }));
    if (i === 0) total = rows[0]?.total ?? null;
    const page: EventKey[] = rows[0]?.page ?? [];
    pages.push(page.slice(0, limit).map((e) => e.id));
    if (page.length <= limit) return { pages, total };
    after = page[limit - 1];
  }
  throw new Error('more than 200 pages');
}

async function busiest(role: 'ACTOR' | 'TARGET' | 'OBJECT', n: number): Promise<string[]> {
  const rows = await graph.executor.read<{ id: string }>({
    name: 'test/busiest',
    text: `MATCH (x:Entity)<-[:${role}]-(:Event) WITH x, count(*) AS c ORDER BY c DESC, x.id LIMIT $n RETURN x.id AS id`,
  }, { n: neo4j.int(n) });
  return rows.map((r) => r.id);
}

describe('events of an entity in a role', () => {
  for (const [role, rel] of [['actor', 'ACTOR'], ['target', 'TARGET'], ['object', 'OBJECT']] as const) {
    it(`events-by-${role}: the index scan and the relationship sort give the same pages and totals`, async () => {
      const ids = await busiest(rel, 3);
      expect(ids.length).toBeGreaterThan(0);
      const [{ d }] = await graph.executor.read<{ d: string }>({ name: 'test/date', text: 'MATCH (e:Event) WHERE e.date IS NOT NULL RETURN e.date AS d ORDER BY d LIMIT 1' });
      for (const id of ids) {
        for (const filter of [NO_FILTER, { ...NO_FILTER, from: d }, { ...NO_FILTER, to: '9999-01-01' }, { ...NO_FILTER, types: ['MEETS', 'WARNS', 'DEMANDS'] }]) {
          const params = { ...filter, ids: [id] };
          const sorted = await allPages(`events-by-${role}`, params, 1);
          const scanned = await allPages(`events-by-${role}`, params, 1_000_000);
          expect(scanned).toEqual(sorted);
          expect(sorted.pages.flat().length).toBe(sorted.total);
        }
      }
    });
  }
});

describe('the parties that come with a page of events', () => {
  it('are the entities of its actors, objects and targets, in the entities-by-id shape', async () => {
    const [id] = await busiest('ACTOR', 1);
    const params = { ...NO_FILTER, ids: [id], afterKey: null, afterId: null, limit: 5, scan: 2000, withTotal: false };
    type Row = { page: { actor: string; object: string | null; targets: string[] }[]; entities: { id: string }[] | null };
    const [withRow] = await graph.executor.read<Row>(statements.get('read/events-by-actor'), int({ ...params, withEntities: true }));
    const parties = new Set(withRow.page.flatMap((e) => [e.actor, e.object, ...e.targets]).filter((x): x is string => !!x));
    expect(withRow.page.length).toBeGreaterThan(0);
    expect(new Set(withRow.entities!.map((e) => e.id))).toEqual(parties);
    const byId = await graph.executor.read<{ id: string }>(statements.get('read/entities-by-id'), { ids: [...parties] });
    expect([...withRow.entities!].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...byId].sort((a, b) => a.id.localeCompare(b.id)));
    const [without] = await graph.executor.read<Row>(statements.get('read/events-by-actor'), int({ ...params, withEntities: false }));
    expect(without.entities).toBeNull();
    expect(without.page).toEqual(withRow.page);
  });
});

describe('events between two sides', () => {
  it('events-between: the index scan and the relationship sort give the same pages and totals', async () => {
    const pairs = await graph.executor.read<{ a: string; b: string }>({
      name: 'test/pairs',
      text: `MATCH (e:Event) UNWIND e.targets AS t WITH e.actor AS a, t AS b WHERE a < b WITH a, b, count(*) AS c ORDER BY c DESC, a, b LIMIT 3 RETURN a, b`,
    });
    expect(pairs.length).toBeGreaterThan(0);
    for (const { a, b } of pairs) {
      for (const filter of [NO_FILTER, { ...NO_FILTER, from: '2000-01-01', to: '2100-01-01' }]) {
        const sorted = await allPages('events-between', { ...filter, a, b }, 1);
        const scanned = await allPages('events-between', { ...filter, a, b }, 1_000_000);
        expect(scanned).toEqual(sorted);
        expect(sorted.pages.flat().length).toBe(sorted.total);
        expect(sorted.total).toBeGreaterThan(0);
      }
    }
  });
});

describe('first and last seen', () => {
  it('entity-seen gives the first and last publication dates of the articles that mention each entity', async () => {
    const ids = (await graph.executor.read<{ id: string }>({ name: 'test/ids', text: 'MATCH (n:Entity) RETURN n.id AS id ORDER BY n.id' })).map((r) => r.id);
    const expected = await graph.executor.read<{ id: string; first: string | null; last: string | null }>({
      name: 'test/seen',
      text: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n) RETURN id, min(a.published) AS first, max(a.published) AS last',
    }, { ids });
    for (const scan of [1, 1_000_000]) {
      const rows = await graph.executor.read<{ id: string; firstSeen: string | null; lastSeen: string | null }>(statements.get('read/entity-seen'), { ids, scan: neo4j.int(scan) });
      const got = new Map(rows.map((r) => [r.id, [r.firstSeen, r.lastSeen]]));
      for (const e of expected) expect([e.id, ...got.get(e.id)!]).toEqual([e.id, e.first, e.last]);
    }
    expect(expected.some((e) => e.first !== null)).toBe(true);
  });
});

describe('talks and agreements of a party', () => {
  it('talks-of-party and agreements-of-party: the index scan and the relationship sort give the same pages and totals', async () => {
    const parties = await graph.executor.read<{ id: string }>({
      name: 'test/parties',
      text: 'MATCH (x:Entity)<-[:PARTY]-() WITH x, count(*) AS c ORDER BY c DESC, x.id LIMIT 3 RETURN x.id AS id',
    });
    expect(parties.length).toBeGreaterThan(0);
    let seen = 0;
    for (const { id } of parties) {
      for (const [statement, params] of [
        ['talks-of-party', { party: id, status: null, place: null, from: null, to: null }],
        ['talks-of-party', { party: id, status: null, place: null, from: '2000-01-01', to: null }],
        ['agreements-of-party', { party: id, status: null }],
      ] as const) {
        const sorted = await allPages(statement, params, 1, 1);
        const scanned = await allPages(statement, params, 1_000_000, 1);
        expect(scanned).toEqual(sorted);
        expect(sorted.pages.flat().length).toBe(sorted.total);
        seen += sorted.total ?? 0;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('articles that mention an entity', () => {
  it('articles-mentioning: the index scan and the relationship sort give the same pages, and the total is the number of articles', async () => {
    const ids = (await graph.executor.read<{ id: string }>({
      name: 'test/mentioned',
      text: 'MATCH (n:Entity)<-[:MENTIONS]-() WITH n, count(*) AS c ORDER BY c DESC, n.id LIMIT 4 RETURN n.id AS id',
    })).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const sorted = await allPages('articles-mentioning', { ids: [id] }, 1);
      const scanned = await allPages('articles-mentioning', { ids: [id] }, 1_000_000);
      expect(scanned).toEqual(sorted);
      expect(sorted.pages.flat().length).toBe(sorted.total);
      expect(new Set(sorted.pages.flat()).size).toBe(sorted.total);
    }
  });
});

describe('search', () => {
  it('search-entities-page (Lucene top-N) ranks as search-entities does', async () => {
    for (const query of ['(russia^4 OR russia*^2 OR russia~1)', '(union^4 OR union*^2 OR union~1)', '(zelensky^4 OR zelensky*^2 OR zelensky~1)']) {
      const params = { query, kinds: null, offset: 0, limit: 100, withTotal: false };
      const [full] = await graph.executor.read<{ page: unknown[] }>(statements.get('read/search-entities'), int(params));
      const [top] = await graph.executor.read<{ page: { id: string; score: number; entity: { id: string } }[] }>(statements.get('read/search-entities-page'), int(params));
      expect(top.page.map(({ id, score }) => ({ id, score }))).toEqual(full.page);
      // Each hit comes with its entity, as the entity loader would read it.
      const byId = await graph.executor.read<{ id: string }>(statements.get('read/entities-by-id'), { ids: top.page.map((h) => h.id) });
      expect(top.page.map((h) => h.entity)).toEqual(top.page.map((h) => byId.find((e) => e.id === h.id)));
      expect(full.page.length).toBeGreaterThan(0);
    }
  });
});
