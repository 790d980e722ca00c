/**
 * The GraphQL API over HTTP against the real Neo4j, seeded (through the seeding
 * writer) with test/fixtures/api/graphs.jsonl: every question, pagination, the
 * round trips per request, the abuse cases and the server's health after them.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../src/domain/graph.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { Executor } from '../../src/graph/executor.ts';
import type { Graph } from '../../src/graph/index.ts';
import { writeGraphs } from '../../src/graph/write/write-graphs.ts';
import type { RunningApi } from '../../src/api/server.ts';
import { EXAMPLES } from '../../src/api/examples.ts';
import { codes, gql, reasons, startTestApi } from '../api/api-client.ts';
import { openTestGraph, resetDatabase, testConnection } from './test-graph.ts';

const FIXTURE = new URL('../fixtures/api/graphs.jsonl', import.meta.url);

async function* fixtureGraphs(): AsyncIterable<ArticleGraph> {
  for (const line of readFileSync(FIXTURE, 'utf8').split('\n')) if (line.trim()) yield JSON.parse(line) as ArticleGraph;
}

let graph: Graph;
let api: RunningApi;
let url: string;

beforeAll(async () => {
  graph = await openTestGraph();
  await resetDatabase(graph.executor);
  await writeGraphs(graph.executor, fixtureGraphs(), { batchSize: 3 });
  api = await startTestApi(graph.executor);
  url = api.url;
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

const EVENT_FIELDS = 'id type date modality confidence actor { id name } object { id name } targets { id }';

describe('the questions', () => {
  it.each(EXAMPLES.map((e) => [e.title, e.query]))('example %s answers without errors', async (_title, query) => {
    const r = await gql(url, query);
    expect(r.errors).toBeUndefined();
    expect(JSON.stringify(r.data)).not.toMatch(/"nodes":\[\]|"edges":\[\]/);
  });

  it('search finds Zelenskyy from a spelling variant, ranked first', async () => {
    const r = await gql(url, '{ search(text: "Zelensky") { totalCount edges { score node { id name kind } } } }');
    expect(r.data.search.edges[0].node).toEqual({ id: 'person:zelenskyy-v', name: 'Volodymyr Zelenskyy', kind: 'PERSON' });
    const kinds = await gql(url, '{ search(text: "Russia", kinds: [STATE]) { edges { node { kind } } } }');
    expect(kinds.data.search.edges.map((e: any) => e.node.kind)).toEqual(['STATE']);
    const alias = await gql(url, '{ search(text: "EU") { edges { node { id } } } }');
    expect(alias.data.search.edges[0].node.id).toBe('org:european-union');
  });

  it("gives an entity's profile by ISO code or id", async () => {
    const r = await gql(url, `{ entity(ref: "RUS") { id kind name firstSeen lastSeen eventCounts { type asActor asTarget }
      ... on State { iso3 representatives { person { id } title } }
      eventsAsTarget(first: 50) { totalCount nodes { type } } mentionedIn { totalCount } } }`);
    const e = r.data.entity;
    expect(e).toMatchObject({ id: 'state:RUS', kind: 'STATE', iso3: 'RUS', firstSeen: '2025-06-18', lastSeen: '2025-07-28' });
    expect(e.representatives.map((x: any) => x.person.id).sort()).toEqual(['person:peskov-d', 'person:putin-v']);
    expect(e.eventCounts).toContainEqual({ type: 'MEETS', asActor: 1, asTarget: 1 });
    expect(e.mentionedIn.totalCount).toBe(8);
    const person = await gql(url, '{ entity(ref: "person:umerov-r") { name ... on Person { roles { title of { id } } } } }');
    expect(person.data.entity).toEqual({ name: 'Rustem Umerov', roles: [{ title: 'Security Council Secretary', of: { id: 'state:UKR' } }] });
    expect((await gql(url, '{ entity(ref: "person:nobody-x") { id } }')).data.entity).toBeNull();
  });

  it('filters events and gives their provenance', async () => {
    const q = (filter: string) => gql(url, `{ events(filter: ${filter}, first: 50) { totalCount nodes { ${EVENT_FIELDS} } } }`);
    const meets = await gql(url, `{ events(filter: { types: [MEETS], actor: "RUS" }) { nodes { reportCount
      reports { totalCount nodes { sentence span { start end field } article { url title source published } } } } } }`);
    const event = meets.data.events.nodes[0];
    expect(event.reportCount).toBe(2);
    expect(event.reports.totalCount).toBe(2);
    expect(event.reports.nodes[0].article.source).toBeTruthy();
    expect(event.reports.nodes.map((n: any) => n.sentence)).toContain('Russian and Ukrainian delegations held a third round of talks in Istanbul on Wednesday.');

    expect((await q('{ modalities: [CONDITIONAL] }')).data.events.nodes.map((e: any) => e.id)).toEqual(['ev:warns:trump:sec:2025-07-14']);
    expect((await q('{ source: "Brussels Example" }')).data.events.nodes.map((e: any) => e.type)).toEqual(['IMPOSES']);
    expect((await q('{ target: "UKR", types: [REJECTS] }')).data.events.totalCount).toBe(2);
    const july = await q('{ from: "2025-07-20", to: "2025-07-23" }');
    const dates = july.data.events.nodes.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d: string) => d >= '2025-07-20' && d <= '2025-07-23')).toBe(true);
    const all = await q('{}');
    expect(all.data.events.nodes.at(-1).date).toBeNull(); // undated last
    const pair = await q('{ between: ["USA", "RUS"] }');
    expect(pair.data.events.nodes.map((e: any) => e.type)).toEqual(['WARNS']);
  });

  it('gives the timeline between Russia and Ukraine in July 2025, in order, with the people who act for them', async () => {
    const r = await gql(url, `{ timeline(between: ["RUS", "UKR"], from: "2025-07-01", to: "2025-07-31", first: 50) { totalCount nodes { date type actor { id } } } }`);
    const nodes = r.data.timeline.nodes;
    expect(r.data.timeline.totalCount).toBe(nodes.length);
    expect(nodes.map((n: any) => n.date)).toEqual(nodes.map((n: any) => n.date).sort());
    const actors = new Set(nodes.map((n: any) => n.actor.id));
    for (const id of ['person:putin-v', 'person:zelenskyy-v', 'person:umerov-r', 'person:peskov-d', 'state:RUS', 'state:UKR']) expect(actors).toContain(id);
    expect(nodes.find((n: any) => n.type === 'IMPOSES')).toBeUndefined();
  });

  it('lists talks, sanctions and agreements by their filters', async () => {
    const r = await gql(url, `{
      talks(filter: { status: [HELD], party: "UKR", place: "place:istanbul", from: "2025-07-01" }) { totalCount nodes { id round place { name } parties { id } events { totalCount } } }
      threatened: sanctions(filter: { status: [THREATENED], target: "RUS", deadlineAfter: "2025-08-01" }) { nodes { id deadline imposer { id } } }
      early: sanctions(filter: { deadlineBefore: "2025-08-01" }) { totalCount }
      byEu: sanctions(filter: { imposer: "org:european-union" }) { nodes { status } }
      agreements(filter: { party: "UKR", status: [REACHED] }) { nodes { id parties { id } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.talks.nodes[0]).toMatchObject({ id: 'talks:rus-ukr:2025-07-23', round: 3, place: { name: 'Istanbul' } });
    expect(r.data.talks.nodes[0].events.totalCount).toBeGreaterThanOrEqual(3);
    expect(r.data.threatened.nodes).toEqual([{ id: 'sanction:secondary-sanctions:rus', deadline: '2025-09-02', imposer: { id: 'state:USA' } }]);
    expect(r.data.early.totalCount).toBe(0);
    expect(r.data.byEu.nodes).toEqual([{ status: 'IMPOSED' }]);
    expect(r.data.agreements.nodes.map((n: any) => n.id)).toEqual(['agreement:prisoner-exchange:rus-ukr']);
  });

  it('shows how two entities are connected, with the facts on the way', async () => {
    const r = await gql(url, '{ connections(from: "USA", to: "RUS") { length nodes { id } steps { relation from { id } to { id } event { type } title } } }');
    const [shortest] = r.data.connections;
    expect(shortest.nodes[0].id).toBe('state:USA');
    expect(shortest.nodes.at(-1).id).toBe('state:RUS');
    expect(shortest.length).toBeLessThanOrEqual(3);
    expect(shortest.steps.length).toBe(shortest.length);
    const tooShort = await gql(url, '{ connections(from: "state:USA", to: "org:european-union", maxHops: 1) { length } }');
    expect(tooShort.data.connections).toEqual([]);
    expect(reasons(await gql(url, '{ connections(from: "USA", to: "RUS", maxHops: 9) { length } }'))).toEqual(['OUT_OF_RANGE']);
  });

  it('lists articles by source and date, each with what was extracted', async () => {
    const r = await gql(url, `{ articles(filter: { source: "Example Wire", from: "2025-07-01", to: "2025-07-31" }) { totalCount
      nodes { id published reports { sentence span { start end } event { type } } mentions { count entity { id } } } } }`);
    expect(r.data.articles.nodes.map((a: any) => a.id)).toEqual(['art:wire-0714', 'art:wire-0723']);
    expect(r.data.articles.nodes[1].reports.map((x: any) => x.event.type)).toEqual(expect.arrayContaining(['MEETS', 'AGREED']));
    expect(r.data.articles.nodes[0].mentions.map((m: any) => m.entity.id)).toContain('person:trump-d');
    const one = await gql(url, '{ article(id: "art:ankara-undated") { title published } }');
    expect(one.data.article).toEqual({ title: 'Ankara offers to host further rounds', published: null });
  });

  it('gives an overview of a period', async () => {
    const r = await gql(url, `{ overview(from: "2025-07-01", to: "2025-07-31") {
      entityCounts { kind count } eventCounts { type events reports } topActors(first: 3) { events entity { id } } topDyads(first: 1) { events a { id } b { id } } } }`);
    const o = r.data.overview;
    expect(o.entityCounts).toContainEqual({ kind: 'STATE', count: 4 });
    expect(o.eventCounts).toContainEqual({ type: 'MEETS', events: 2, reports: 3 });
    expect(o.eventCounts.find((c: any) => c.type === 'IMPOSES')).toBeUndefined();
    expect(o.topDyads[0]).toEqual({ events: 7, a: { id: 'state:RUS' }, b: { id: 'state:UKR' } });
  });
});

describe('pagination', () => {
  it('pages through events with cursors, in a stable order, without overlap', async () => {
    const everything = await gql(url, '{ events(first: 100) { totalCount nodes { id } } }');
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: any = await gql(url, 'query($after: String) { events(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }', { after });
      expect(r.data.events.totalCount).toBe(everything.data.events.totalCount);
      ids.push(...r.data.events.nodes.map((n: any) => n.id));
      if (!r.data.events.pageInfo.hasNextPage) break;
      after = r.data.events.pageInfo.endCursor;
    }
    expect(ids).toEqual(everything.data.events.nodes.map((n: any) => n.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pages through search results and nested connections', async () => {
    const first = await gql(url, '{ search(text: "Russia", first: 1) { pageInfo { hasNextPage endCursor } edges { node { id } } } }');
    const next = await gql(url, `{ search(text: "Russia", first: 1, after: "${first.data.search.pageInfo.endCursor}") { edges { node { id } } } }`);
    expect(next.data.search.edges[0]?.node.id).not.toBe(first.data.search.edges[0].node.id);
    const nested = await gql(url, '{ entity(ref: "UKR") { eventsAsTarget(first: 2) { totalCount pageInfo { hasNextPage } nodes { id } } } }');
    expect(nested.data.entity.eventsAsTarget.nodes).toHaveLength(2);
    expect(nested.data.entity.eventsAsTarget.pageInfo.hasNextPage).toBe(true);
  });

  it('rejects a cursor it did not give out', async () => {
    expect(reasons(await gql(url, '{ events(after: "not-a-cursor") { totalCount } }'))).toEqual(['INVALID_CURSOR']);
  });
});

describe('round trips', () => {
  const nested = (n: number) => `{ events(first: ${n}) { totalCount nodes { id actor { name ... on Person { roles { of { name } } } }
    object { name } targets { name eventsAsActor(first: 2) { totalCount nodes { id } } } reports(first: 2) { nodes { sentence article { title } } } } } }`;

  it('stay bounded whatever the page size (DataLoader batching)', async () => {
    const count = async (query: string) => {
      const before = graph.executor.roundTrips;
      const r = await gql(url, query);
      expect(r.errors).toBeUndefined();
      return graph.executor.roundTrips - before;
    };
    // Levels that need the graph: events; actors, objects and targets; roles' states;
    // the targets' events and the reports (two loaders, one level); at most 5 trips,
    // fewer when the loader's cache already holds a level's entities.
    const small = await count(nested(1));
    const large = await count(nested(20)); // all 16 events, ~40 entities, 16 report lists
    expect(small).toBeLessThanOrEqual(5);
    expect(large).toBeLessThanOrEqual(5);
  });
});

describe('abuse', () => {
  it('answers bad arguments with BAD_USER_INPUT and a reason', async () => {
    const cases: [string, string][] = [
      ['{ events(first: 100000) { totalCount } }', 'PAGE_TOO_LARGE'],
      ['query($n: Int) { events(first: $n) { totalCount } }', 'PAGE_TOO_LARGE'],
      ['{ entity(ref: "XYZ") { id } }', 'UNKNOWN_ISO_CODE'],
      ['{ events(filter: { actor: "Russia" }) { totalCount } }', 'INVALID_ENTITY_REF'],
      ['{ events(filter: { from: "2025-07-31", to: "2025-07-01" }) { totalCount } }', 'INVERTED_DATE_RANGE'],
      ['{ sanctions(filter: { deadlineAfter: "2025-09-01", deadlineBefore: "2025-08-01" }) { totalCount } }', 'INVERTED_DATE_RANGE'],
      ['{ events(filter: { from: "2025-02-30" }) { totalCount } }', 'INVALID_DATE'],
    ];
    for (const [query, reason] of cases) {
      const r = await gql(url, query, { n: 100000 });
      expect(codes(r), query).toEqual(['BAD_USER_INPUT']);
      expect(reasons(r), query).toEqual([reason]);
    }
  });

  it('refuses deep queries, alias floods, huge documents and malformed queries before running them', async () => {
    const before = graph.executor.roundTrips;
    let deep = 'name';
    for (let i = 0; i < 5; i++) deep = `eventsAsActor { nodes { actor { ${deep} } } }`;
    expect(reasons(await gql(url, `{ entity(ref: "RUS") { ${deep} } }`))).toContain('MAX_DEPTH');
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: entity(ref: "RUS") { id }`).join(' ');
    expect(reasons(await gql(url, `{ ${aliases} }`))).toContain('MAX_ALIASES');
    const tokens = Array.from({ length: 3000 }, () => 'id').join(' ');
    expect(reasons(await gql(url, `{ entity(ref: "RUS") { ${tokens} } }`))).toContain('MAX_TOKENS');
    const costly = await gql(url, '{ events(first: 100) { nodes { targets { eventsAsActor(first: 100) { nodes { targets { eventsAsActor(first: 100) { nodes { id } } } } } } } } }');
    expect(reasons(costly)).toContain('MAX_COST');
    expect(codes(await gql(url, '{ events { nodes { id '))).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(codes(await gql(url, '{ events { nodes { nope } } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(graph.executor.roundTrips).toBe(before);
  });

  it('shows no stack trace and stays healthy after all that', async () => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(r.status).toBe(400);
    expect(await r.text()).not.toMatch(/\bat .*\.(ts|js):\d+/);
    const health = await fetch(url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await gql(url, '{ entity(ref: "UKR") { name } }')).data.entity.name).toBe('Ukraine');
  });

  it('answers cleanly when Neo4j cannot be reached, and /health says 503', async () => {
    const port = await closedPort();
    const c = testConnection();
    const driver = createDriver({ ...c, uri: `bolt://127.0.0.1:${port}` }, { maxTransactionRetryTime: 500, connectionTimeout: 1000 });
    const down = await startTestApi(new Executor(driver, { database: c.database }), { requestTimeoutMs: 5000 });
    try {
      const r = await gql(down.url, '{ entity(ref: "UKR") { name } }');
      expect(codes(r)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(JSON.stringify(r)).not.toMatch(/bolt:|ECONNREFUSED|\.ts:\d+/);
      expect((await fetch(down.url.replace('/graphql', '/health'))).status).toBe(503);
    } finally {
      await down.close();
      await driver.close();
    }
    expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
  });
});

describe('serving', () => {
  it('serves GraphiQL with every script inline (no CDN) and the examples as tabs', async () => {
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    expect(html).toContain('query Timeline');
  });

  it('can turn GraphiQL and introspection off, and allow CORS origins', async () => {
    const closed = await startTestApi(graph.executor, { graphiql: false, corsOrigins: ['https://analyst.example'] });
    try {
      const page = await fetch(closed.url, { headers: { accept: 'text/html' } });
      expect(page.status).not.toBe(200);
      const introspection = await gql(closed.url, '{ __schema { types { name } } }');
      expect(introspection.errors?.[0].message).toMatch(/introspection has been disabled/);
      expect(new Set(codes(introspection))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      const preflight = await fetch(closed.url, { method: 'OPTIONS', headers: { origin: 'https://analyst.example', 'access-control-request-method': 'POST' } });
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    } finally {
      await closed.close();
    }
    const open = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
    expect(open.headers.get('access-control-allow-origin')).toBeNull();
  });
});

/** A port nothing listens on: bound, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
