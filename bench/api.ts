/**
 * `npm run bench:api [-- --n 50000] [--seed 1] [--reseed | --reuse] [--seed-only] [--duration 10] [--connections 1,16,64]
 *  [--only search,profile] [--parley-only] [--cpu-prof DIR]`
 *
 * Makes sure the graph holds N generated articles (default 50,000; bench/api-dataset.ts:
 * seeded once, then reused across runs while the generator and the extractor are
 * unchanged; `--reseed` forces a new seeding, `--reuse` keeps whatever graph is there),
 * serves Parley's API and, over the same database, @neo4j/graphql, and runs the same
 * realistic mix of queries (bench/api-mix.ts: the eight questions, with arguments drawn
 * from the seeded graph) through both with autocannon at each number of connections,
 * printing requests/s and p50/p99 latency, and the ratio. Targets: p99 < 50 ms at 16
 * connections; no slower than @neo4j/graphql. Uses the configured Neo4j (NEO4J_URI, or
 * the local one in PARLEY_HOME, which it starts when it is not running and then stops).
 * For finding where the time goes: `--only` keeps the named questions of the mix,
 * `--parley-only` skips @neo4j/graphql, `--cpu-prof DIR` writes a V8 CPU profile of the
 * servers' process into DIR (node --cpu-prof).
 */
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/graph/index.ts';
import { startLocalServer, stopLocalServer } from '../src/graph/local-server/index.ts';
import { serverPaths } from '../src/graph/local-server/paths.ts';
import { readServerState } from '../src/graph/local-server/server-state.ts';
import { ensureDataset } from './api-dataset.ts';
import { buildMix, mixParams, type MixQuery } from './api-mix.ts';
import { startBenchServers } from './api-servers.ts';
import { processCpuMs } from './process-cpu.ts';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const n = Number(flag('n') ?? 50_000);
const seed = Number(flag('seed') ?? 1);
const reuse = process.argv.includes('--reuse');
const reseed = process.argv.includes('--reseed');
const seedOnly = process.argv.includes('--seed-only');
const duration = Number(flag('duration') ?? 10);
const levels = (flag('connections') ?? '1,16,64').split(',').map(Number);
const only = flag('only')?.split(',') ?? null;
const parleyOnly = process.argv.includes('--parley-only');
const cpuProf = flag('cpu-prof');

async function post(url: string, body: { query: string; variables?: Record<string, unknown> }): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.json();
}

interface Result { rps: number; p50: number; p99: number; errors: number; requests: number; unfinished: number }

async function load(url: string, queries: MixQuery['parley'][], connections: number): Promise<Result> {
  const r = await autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    requests: queries.map((q) => ({ method: 'POST', path: new URL(url).pathname, headers: { 'content-type': 'application/json' }, body: JSON.stringify(q) })),
  });
  // Requests sent but not answered when the run ended: their latency is in neither percentile.
  const sent = (r.requests as unknown as { sent?: number }).sent ?? r.requests.total;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, requests: r.requests.total, unfinished: Math.max(0, sent - r.requests.total) };
}

async function main(): Promise<void> {
  const config = loadConfig();
  let stopServer = false;
  if (!config.neo4j.uri) {
    const started = await startLocalServer(config, { log: (l) => console.log(l) });
    stopServer = started.started;
    console.log(started.started ? `started the local Neo4j in ${config.local.dir} (pid ${started.pid}); the bench stops it at the end` : `the local Neo4j in ${config.local.dir} is running (pid ${started.pid})`);
  }
  const graph = connect(config);
  try {
    await graph.executor.verifyConnectivity();
    const t = performance.now();
    const dataset = await ensureDataset(graph, config, { n, seed, reuse, reseed });
    console.log(`data: ${dataset.how} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
    console.log(`graph: ${dataset.counts.articles} articles, ${dataset.counts.events} events, ${dataset.counts.entities} entities`);
    if (!seedOnly) await measure(graph, config);
  } finally {
    await graph.close();
    if (stopServer) await stopLocalServer(config);
  }
}

/**
 * Waits until Neo4j runs no query but this one: a server whose requests were cut off at
 * the end of a run leaves its queries running, which would be counted against the next.
 */
async function settle(graph: ReturnType<typeof connect>): Promise<void> {
  const started = performance.now();
  const session = graph.driver.session({ database: graph.connection.database });
  try {
    while (performance.now() - started < 120_000) {
      const r = await session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS busy");
      if (Number(r.records[0].get('busy')) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await session.close();
  }
}

async function measure(graph: ReturnType<typeof connect>, config: ReturnType<typeof loadConfig>): Promise<void> {
  const params = await mixParams(graph.executor);
  console.log('mix parameters:', JSON.stringify(params));
  const all = buildMix(params);
  const unknown = (only ?? []).filter((name) => !all.some((m) => m.name === name));
  if (unknown.length) throw new Error(`--only: no question ${unknown.join(', ')} in the mix (${[...new Set(all.map((m) => m.name))].join(', ')})`);
  const mix = only ? all.filter((m) => only.includes(m.name)) : all;
  const neo4jPid = config.neo4j.uri ? null : (readServerState(serverPaths(config.local.dir))?.pid ?? null);

  const servers = await startBenchServers({ cpuProf });
  const parley = { url: servers.parley };
  const other = { url: servers.neo4jGraphql };
  try {
    for (const m of mix) {
      const targets: [string, string, MixQuery['parley']][] = [['parley', parley.url, m.parley]];
      if (!parleyOnly) targets.push(['@neo4j/graphql', other.url, m.neo4jGraphql]);
      for (const [label, url, body] of targets) {
        const r = await post(url, body);
        if (r.errors) throw new Error(`${label} ${m.name}: ${JSON.stringify(r.errors).slice(0, 500)}`);
      }
    }
    // Each question alone, one request at a time (after the pass above warmed both up).
    console.log('\neach question alone (median over its variants, one request at a time):\n');
    console.log('| question | Parley ms | @neo4j/graphql ms |');
    console.log('| --- | --- | --- |');
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const timed = async (url: string, body: MixQuery['parley']) => {
      const t = performance.now();
      await post(url, body);
      return performance.now() - t;
    };
    const kinds = [...new Set(mix.map((m) => m.name))];
    for (const name of kinds) {
      const a: number[] = [];
      const b: number[] = [];
      for (const m of mix.filter((x) => x.name === name)) {
        a.push(await timed(parley.url, m.parley));
        if (!parleyOnly) b.push(await timed(other.url, m.neo4jGraphql));
      }
      console.log(`| ${name} | ${median(a).toFixed(1)} | ${b.length ? median(b).toFixed(1) : '–'} |`);
    }
    console.log(`\nmix: ${kinds.join(', ')}; ${mix.length / kinds.length} variants of each (${mix.length} queries), ${duration} s per run`);
    console.log('CPU ms/req: CPU time per answered request of the API servers\' process and of Neo4j over the run (less sensitive than latency to other load on the machine); unfinished: sent but not answered when the run ended (their latency is in neither percentile, so a server that leaves many unfinished looks faster at p99 than it is)\n');
    console.log('| connections | server | req/s | p50 ms | p99 ms | errors | unfinished | API CPU ms/req | Neo4j CPU ms/req |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    const run = async (url: string, queries: MixQuery['parley'][], c: number) => {
      await settle(graph);
      const [node0, neo0] = [await servers.cpuMs(), processCpuMs(neo4jPid)];
      const r = await load(url, queries, c);
      const [node1, neo1] = [await servers.cpuMs(), processCpuMs(neo4jPid)];
      const per = (x: number) => (r.requests > 0 ? (x / r.requests).toFixed(1) : '–');
      return { ...r, nodeCpu: per(node1 - node0), neoCpu: neo0 === null || neo1 === null ? '–' : per(neo1 - neo0) };
    };
    const summary: string[] = [];
    for (const c of levels) {
      const a = await run(parley.url, mix.map((m) => m.parley), c);
      console.log(`| ${c} | Parley | ${a.rps.toFixed(0)} | ${a.p50} | ${a.p99} | ${a.errors} | ${a.unfinished} | ${a.nodeCpu} | ${a.neoCpu} |`);
      const target = c === 16 ? (a.p99 < 50 ? ' (target p99 < 50 ms: met)' : ' (target p99 < 50 ms: NOT met)') : '';
      if (parleyOnly) {
        summary.push(`${c} connections: Parley p99 ${a.p99} ms${target}`);
        continue;
      }
      const b = await run(other.url, mix.map((m) => m.neo4jGraphql), c);
      console.log(`| ${c} | @neo4j/graphql | ${b.rps.toFixed(0)} | ${b.p50} | ${b.p99} | ${b.errors} | ${b.unfinished} | ${b.nodeCpu} | ${b.neoCpu} |`);
      summary.push(`${c} connections: Parley ${(a.rps / b.rps).toFixed(2)}× the requests/s of @neo4j/graphql, p99 ${a.p99} vs ${b.p99} ms${target}`);
    }
    console.log(`\n${summary.join('\n')}`);
  } finally {
    await servers.close();
  }
}

await main();
