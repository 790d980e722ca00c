/**
 * `npm run bench:api [-- --n 50000] [--reuse] [--duration 10] [--connections 1,16,64]`
 *
 * Seeds N generated articles (bench/generate-articles.ts, then the seeder; `--reuse`
 * keeps the graph already there), serves Parley's API and, over the same database,
 * @neo4j/graphql, and runs the same realistic mix of queries (bench/api-mix.ts) through
 * both with autocannon at each number of connections, printing requests/s and p50/p99
 * latency, and the ratio. Targets: p99 < 50 ms at 16 connections; no slower than
 * @neo4j/graphql. Uses the configured Neo4j (PARLEY_HOME/PARLEY_BOLT_PORT or NEO4J_URI).
 */
import { mkdirSync } from 'node:fs';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { connect, migrate } from '../src/graph/index.ts';
import { startApiServer } from '../src/api/server.ts';
import { seedPaths } from '../src/cli/seed.ts';
import { writeJsonl } from './generate-articles.ts';
import { buildMix, type MixParams, type MixQuery } from './api-mix.ts';
import { startNeo4jGraphQL } from './api-neo4j-graphql.ts';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const n = Number(flag('n') ?? 50_000);
const reuse = process.argv.includes('--reuse');
const duration = Number(flag('duration') ?? 10);
const levels = (flag('connections') ?? '1,16,64').split(',').map(Number);

async function post(url: string, body: { query: string; variables?: Record<string, unknown> }): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.json();
}

interface Result { rps: number; p50: number; p99: number; errors: number; requests: number }

async function load(url: string, queries: MixQuery['parley'][], connections: number): Promise<Result> {
  const r = await autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    requests: queries.map((q) => ({ method: 'POST', path: new URL(url).pathname, headers: { 'content-type': 'application/json' }, body: JSON.stringify(q) })),
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, requests: r.requests.total };
}

/** The last day of `YYYY-MM`. */
const lastDay = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);

async function main(): Promise<void> {
  const config = loadConfig();
  const graph = connect(config);
  await graph.executor.verifyConnectivity();
  await migrate(graph.executor);
  const q = (text: string) => ({ name: 'bench/api', text });

  if (!reuse) {
    mkdirSync('bench/out', { recursive: true });
    const file = `bench/out/api-articles-${n}.jsonl`;
    console.log(`generating ${n} articles into ${file}…`);
    await writeJsonl(file, n);
    console.log('emptying the database and seeding…');
    // In batches: admin/delete-all is one transaction, too large for a 50,000-article graph.
    const session = graph.driver.session({ database: graph.connection.database });
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS').finally(() => session.close());
    await migrate(graph.executor);
    const summary = await seedPaths([file], { config, executor: graph.executor, progress: 'lines', rejects: 'bench/out/api-rejects.jsonl' });
    console.log(`seeded ${summary.written} articles, ${summary.events} event reports in ${(summary.elapsedMs / 1000).toFixed(0)} s`);
  }
  const [counts] = await graph.executor.read<{ articles: number; events: number; entities: number }>(
    q('CALL { MATCH (a:Article) RETURN count(a) AS articles } CALL { MATCH (e:Event) RETURN count(e) AS events } CALL { MATCH (n:Entity) RETURN count(n) AS entities } RETURN articles, events, entities'));
  console.log(`graph: ${counts.articles} articles, ${counts.events} events, ${counts.entities} entities`);

  // Parameters from the graph: the most active pair of states, the busiest month, the most active people.
  const pairs = await graph.executor.read<{ a: string; b: string }>(q(`MATCH (x:State)<-[:ACTOR]-(e:Event)-[:TARGET]->(y:State) WHERE x <> y
    WITH x.iso3 AS a, y.iso3 AS b, count(*) AS c ORDER BY c DESC LIMIT 1 RETURN a, b`));
  const [month] = await graph.executor.read<{ m: string }>(q(`MATCH (e:Event) WHERE e.date IS NOT NULL WITH substring(e.date, 0, 7) AS m, count(*) AS c ORDER BY c DESC LIMIT 1 RETURN m`));
  const people = await graph.executor.read<{ name: string }>(q(`MATCH (p:Person)<-[:ACTOR]-(:Event) WITH p, count(*) AS c ORDER BY c DESC LIMIT 2 RETURN p.name AS name`));
  const params: MixParams = {
    states: [pairs[0].a, pairs[0].b],
    names: people.map((p) => p.name.split(' ').at(-1)!),
    month: [`${month.m}-01`, lastDay(month.m)],
  };
  console.log('mix parameters:', JSON.stringify(params));
  const mix = buildMix(params);

  const parley = await startApiServer({ executor: graph.executor, api: { ...config.api, host: '127.0.0.1', port: 0 }, log: (l) => console.error(l) });
  const other = await startNeo4jGraphQL(graph.driver, graph.connection.database);
  try {
    for (const m of mix) {
      for (const [label, url, body] of [['parley', parley.url, m.parley], ['@neo4j/graphql', other.url, m.neo4jGraphql]] as const) {
        if (!body) continue;
        const r = await post(url, body);
        if (r.errors) throw new Error(`${label} ${m.name}: ${JSON.stringify(r.errors).slice(0, 500)}`);
      }
    }
    const common = mix.filter((m) => m.neo4jGraphql);
    console.log(`\nmix: ${common.map((m) => m.name).join(', ')} (${common.length} queries, ${duration} s per run)\n`);
    console.log('| connections | server | req/s | p50 ms | p99 ms | errors |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    const summary: string[] = [];
    for (const c of levels) {
      const a = await load(parley.url, common.map((m) => m.parley), c);
      console.log(`| ${c} | Parley | ${a.rps.toFixed(0)} | ${a.p50} | ${a.p99} | ${a.errors} |`);
      const b = await load(other.url, common.map((m) => m.neo4jGraphql!), c);
      console.log(`| ${c} | @neo4j/graphql | ${b.rps.toFixed(0)} | ${b.p50} | ${b.p99} | ${b.errors} |`);
      summary.push(`${c} connections: Parley ${(a.rps / b.rps).toFixed(2)}× the requests/s of @neo4j/graphql, p99 ${a.p99} vs ${b.p99} ms${c === 16 ? (a.p99 < 50 ? ' (target p99 < 50 ms: met)' : ' (target p99 < 50 ms: NOT met)') : ''}`);
    }
    console.log(`\n${summary.join('\n')}`);
  } finally {
    await parley.close();
    await other.close();
    await graph.close();
  }
}

await main();
