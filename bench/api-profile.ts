/**
 * `node --import tsx bench/api-profile.ts [--only search,profile] [--repeat 20]`
 *
 * Where each question of bench:api's mix spends its time, over the graph already in
 * the database (run `npm run bench:api -- --seed-only` first). For every question it
 * serves the API in process (yoga.fetch, no HTTP), records the statements each variant
 * sends and the transactions they go in, and prints per question: the request's wall
 * time, the API process's CPU and Neo4j's CPU per request (each variant `--repeat`
 * times, medians), the round trips and transactions; then per statement its Neo4j CPU
 * and wall time alone and its db hits (PROFILE), over the variants. Uses the local Neo4j in PARLEY_HOME
 * (which must be running) or NEO4J_URI.
 */
import { loadConfig } from '../src/config.ts';
import { connect, type Executor, type Params, type QueryRunner, type Statement } from '../src/graph/index.ts';
import { serverPaths } from '../src/graph/local-server/paths.ts';
import { readServerState } from '../src/graph/local-server/server-state.ts';
import { createApi } from '../src/api/server.ts';
import { buildMix, mixParams } from './api-mix.ts';
import { processCpuMs } from './process-cpu.ts';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const only = flag('only')?.split(',') ?? null;
const repeat = Number(flag('repeat') ?? 20);

const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

interface Sent { statement: Statement; params: Params; tx: number }

/** An executor that records what it sends (every fork shares the log). */
function recording(real: Executor, log: Sent[]): Executor {
  let tx = 0;
  const self = {
    database: real.database,
    fork: () => self,
    verifyConnectivity: () => real.verifyConnectivity(),
    get roundTrips() {
      return log.length;
    },
    readTransaction: <T>(work: (runner: QueryRunner) => Promise<T>) => {
      const n = tx++;
      return real.readTransaction((runner) => work({
        run: (statement, params = {}) => {
          log.push({ statement, params, tx: n });
          return runner.run(statement, params);
        },
        update: runner.update,
      }));
    },
  };
  return self as unknown as Executor;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const graph = connect(config);
  const neo4jPid = config.neo4j.uri ? null : (readServerState(serverPaths(config.local.dir))?.pid ?? null);
  try {
    const params = await mixParams(graph.executor);
    const mix = buildMix(params).filter((m) => !only || only.includes(m.name));
    const log: Sent[] = [];
    const yoga = createApi({ executor: recording(graph.executor, log), api: { ...config.api, graphiql: false } });
    const ask = async (body: unknown) => {
      const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const json = (await res.json()) as { errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 400));
    };
    for (const m of mix) await ask(m.parley); // warm up
    const kinds = [...new Set(mix.map((m) => m.name))];
    console.log('| question | wall ms | API CPU ms | Neo4j CPU ms | round trips | transactions |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    const statementsOf = new Map<string, Sent[]>();
    for (const name of kinds) {
      const wall: number[] = [];
      const api: number[] = [];
      const neo: number[] = [];
      let trips = 0;
      let txs = 0;
      for (const m of mix.filter((x) => x.name === name)) {
        log.length = 0;
        await ask(m.parley);
        trips = log.length;
        txs = new Set(log.map((s) => s.tx)).size;
        statementsOf.set(name, [...(statementsOf.get(name) ?? []), ...log]);
        const t0 = performance.now();
        const c0 = ownCpuMs();
        const n0 = (processCpuMs(neo4jPid) ?? NaN);
        for (let i = 0; i < repeat; i++) await ask(m.parley);
        wall.push((performance.now() - t0) / repeat);
        api.push((ownCpuMs() - c0) / repeat);
        neo.push(((processCpuMs(neo4jPid) ?? NaN) - n0) / repeat);
      }
      console.log(`| ${name} | ${median(wall).toFixed(1)} | ${median(api).toFixed(1)} | ${median(neo).toFixed(1)} | ${trips} | ${txs} |`);
    }
    console.log('\nper statement (over the variants of each question; each alone, in its own transaction; medians, and the largest db hits):\n');
    console.log('| question | statement | runs | Neo4j CPU ms | wall ms | db hits (max) |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    const session = graph.driver.session({ database: graph.connection.database, defaultAccessMode: 'READ' });
    try {
      for (const name of kinds) {
        const byStatement = new Map<string, { cpu: number[]; wall: number[]; hits: number[] }>();
        for (const s of statementsOf.get(name) ?? []) {
          const profiled = await session.run(`PROFILE ${s.statement.text}`, s.params);
          let hits = 0;
          const walk = (p: { dbHits: number; children: unknown[] }) => {
            hits += p.dbHits;
            p.children.forEach((c) => walk(c as typeof p));
          };
          walk(profiled.summary.profile as never);
          const n0 = (processCpuMs(neo4jPid) ?? NaN);
          const t0 = performance.now();
          for (let i = 0; i < repeat; i++) await session.run(s.statement.text, s.params);
          const entry = byStatement.get(s.statement.name) ?? { cpu: [], wall: [], hits: [] };
          entry.wall.push((performance.now() - t0) / repeat);
          entry.cpu.push(((processCpuMs(neo4jPid) ?? NaN) - n0) / repeat);
          entry.hits.push(hits);
          byStatement.set(s.statement.name, entry);
        }
        for (const [statement, e] of byStatement) {
          console.log(`| ${name} | ${statement} | ${e.cpu.length} | ${median(e.cpu).toFixed(2)} | ${median(e.wall).toFixed(2)} | ${median(e.hits)} (${Math.max(...e.hits)}) |`);
        }
      }
    } finally {
      await session.close();
    }
  } finally {
    await graph.close();
  }
}

await main();
