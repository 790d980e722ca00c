/**
 * `npm run bench:api-floor`: the cheapest requests' cost, the floor under `bench:api`'s
 * mix on this machine. Over the bench database (its Neo4j already running, e.g.
 * `PARLEY_HOME=… npx parley db start`), each request alone with autocannon at 1 and 16
 * connections (15 s warm-up, so that the JVM has compiled the hot paths of a freshly started Neo4j; 10 s measured): req/s, p50/p99 ms, and the CPU per request of
 * the API process and of the Neo4j process (from /proc/<pid>/stat).
 *   1. `{ __typename }`: graphql-yoga alone, no Neo4j;
 *   2. one entity by ISO code: one statement in one read transaction;
 *   3. a search: one full-text statement in one read transaction.
 * If even (2) does not keep p99 under 50 ms at 16 connections, no mix of heavier
 * questions can on this machine.
 */
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { serverPaths } from '../src/graph/local-server/paths.ts';
import { readServerState } from '../src/graph/local-server/server-state.ts';
import { startBenchServers } from './api-servers.ts';
import { processCpuMs } from './process-cpu.ts';

const config = loadConfig();
const state = readServerState(serverPaths(config.local.dir));
if (!state) {
  console.error(`bench:api-floor: no local Neo4j is running for PARLEY_HOME=${config.home}; start it first (npx parley db start).`);
  process.exit(1);
}
const neo4jCpuMs = (): number => processCpuMs(state.pid) ?? NaN;

const servers = await startBenchServers();
const path = new URL(servers.parley).pathname;
const cases: [string, string][] = [
  ['{ __typename } (yoga only, no Neo4j)', '{ __typename }'],
  ['{ entity(ref: "OMN") { name } } (1 statement, 1 transaction)', '{ entity(ref: "OMN") { name } }'],
  ['search (1 statement, 1 transaction)', '{ search(text: "Oman", first: 10) { edges { score node { id name } } } }'],
];
console.log('| request | connections | req/s | p50 ms | p99 ms | API CPU ms/req | Neo4j CPU ms/req | errors |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [label, query] of cases) {
  for (const connections of [1, 16]) {
    const requests = [{ method: 'POST' as const, path, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }];
    await autocannon({ url: servers.parley, connections, duration: 15, requests });
    const [api0, neo0] = [await servers.cpuMs(), neo4jCpuMs()];
    const r = await autocannon({ url: servers.parley, connections, duration: 10, requests });
    const [api1, neo1] = [await servers.cpuMs(), neo4jCpuMs()];
    const per = (ms: number) => (ms / r.requests.total).toFixed(2);
    console.log(`| ${label} | ${connections} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${per(api1 - api0)} | ${per(neo1 - neo0)} | ${r.errors + r.non2xx} |`);
  }
}
await servers.close();
