/**
 * `npm run bench:seed-ceiling -- --n 10000`: the speed of light for writing Parley's graph
 * on this machine, next to the batch writer on the same articles.
 *
 * 1. Generates N articles (bench/generate-articles.ts) and extracts them all before any
 *    timing (extraction is not measured here).
 * 2. Ceiling, into a fresh database with no constraints or indexes: the final graph the
 *    writer would leave (bench/seed-ceiling-plan.ts: same nodes, labels, relationships and
 *    properties), written the cheapest way in Cypher: CREATE only, no MERGE, everything
 *    precomputed, --chunk rows per transaction (bench/ceiling/*.cypher), nodes first
 *    (returning element ids), then relationships by type with both ends by element id.
 *    With --ceiling-schema the schema is applied first (the cost of the indexes alone).
 * 3. The batch writer (writeGraphs, --batch-size, --concurrency) on the same graphs into
 *    the emptied database with the schema applied, write only: time per statement
 *    (wall ms per batch), and for one representative batch (the one after the first half
 *    of the articles, in transactions rolled back) the server's milliseconds and the
 *    PROFILE db hits of every statement.
 * 4. Both graphs are counted by label and relationship type and must agree.
 *
 * Reports articles/s, relationships/s, and CPU seconds of this process and of the Neo4j
 * server (from /proc/<pid>/stat) for each.
 *
 * Flags: --n N (10000), --chunk C (10000), --ids element|internal (how relationships find their ends), --batch-size B (200), --concurrency C (2),
 * --seed S (1), --workers W (2, for the extraction before timing), --ceiling-schema,
 * --skip-writer, --skip-ceiling, --keep, --graphs FILE (extracted graphs cached there between runs).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver, ResultSummary } from 'neo4j-driver';
import type { ArticleGraph } from '../src/domain/graph.ts';
import { migrate, StatementRegistry, type Executor, type QueryRunner, type Statement } from '../src/graph/index.ts';
import { emptyDatabase } from '../src/graph/write/empty-database.ts';
import { writeBatch } from '../src/graph/write/write-batch.ts';
import { writeGraphs } from '../src/graph/write/write-graphs.ts';
import { writeJsonl } from './generate-articles.ts';
import { ceilingPlan, type CeilingPlan } from './seed-ceiling-plan.ts';
import { extractAll, iterate, log, mb, measured, openBenchGraph } from './seed-harness.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    chunk: { type: 'string', default: '10000' },
    ids: { type: 'string', default: 'element' },
    'batch-size': { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string', default: '2' },
    'ceiling-schema': { type: 'boolean', default: false },
    'skip-writer': { type: 'boolean', default: false },
    'skip-ceiling': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    graphs: { type: 'string' },
  },
});
const N = Number(values.n);
const CHUNK = Number(values.chunk);
/** `element`: relationships find their ends by element id (as the writer does); `internal`: by id(). */
const SUFFIX = values.ids === 'internal' ? '-internal' : '';
const BATCH = Number(values['batch-size']);
const CONCURRENCY = Number(values.concurrency);

const ceilingStatements = new StatementRegistry(fileURLToPath(new URL('./ceiling/', import.meta.url)));
const perSecond = (count: number, ms: number): number => Math.round((count * 1000) / ms);

/** Nodes per label set and relationships per type. */
async function countGraph(executor: Executor): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const labels: Record<string, number> = {};
  for (const r of await executor.read<{ labels: string[]; count: number }>(ceilingStatements.get('count-labels'))) labels[[...r.labels].sort().join(':')] = r.count;
  const types: Record<string, number> = {};
  for (const r of await executor.read<{ type: string; count: number }>(ceilingStatements.get('count-relationships'))) types[r.type] = r.count;
  return { labels, types };
}

/** Writes the plan with CREATE only: nodes, then relationships type by type, CHUNK rows a transaction. */
async function writeCeiling(executor: Executor, plan: CeilingPlan): Promise<{ nodesMs: number; relationshipsMs: number; transactions: number }> {
  const element = new Map<string, string | number>();
  let transactions = 0;
  const t0 = performance.now();
  for (let i = 0; i < plan.nodes.length; i += CHUNK) {
    const chunk = plan.nodes.slice(i, i + CHUNK);
    const created = await executor.write<{ node: string | number }>(ceilingStatements.get(`nodes${SUFFIX}`), { rows: chunk.map((n) => ({ labels: n.labels, props: n.props })) });
    transactions += 1;
    if (created.length !== chunk.length) throw new Error(`created ${created.length} nodes of ${chunk.length}`);
    chunk.forEach((n, j) => element.set(n.key, created[j].node));
  }
  const t1 = performance.now();
  for (const [type, list] of plan.relationships) {
    for (let i = 0; i < list.length; i += CHUNK) {
      const rows = list.slice(i, i + CHUNK).map((r) => ({ a: element.get(r.a), b: element.get(r.b), props: r.props }));
      await executor.write(ceilingStatements.get(`relationships${SUFFIX}`), { rows, type });
      transactions += 1;
    }
  }
  return { nodesMs: t1 - t0, relationshipsMs: performance.now() - t1, transactions };
}

interface StatementTime { calls: number; ms: number; rows: number }

/** The executor with every statement of its write transactions timed (wall ms, from send to last record). */
function timedExecutor(executor: Executor, times: Map<string, StatementTime>): Executor {
  const record = (name: string, t0: number, params: Record<string, unknown> | undefined): void => {
    const t = times.get(name) ?? { calls: 0, ms: 0, rows: 0 };
    t.calls += 1;
    t.ms += performance.now() - t0;
    t.rows += Array.isArray(params?.rows) ? params.rows.length : 0;
    times.set(name, t);
  };
  const wrap = (tx: QueryRunner): QueryRunner => ({
    run: async <R>(s: Statement, p?: Record<string, unknown>) => { const t0 = performance.now(); const r = await tx.run<R>(s, p); record(s.name, t0, p); return r; },
    update: async (s, p) => { const t0 = performance.now(); const r = await tx.update(s, p); record(s.name, t0, p); return r; },
  });
  return { writeTransaction: <T>(work: (tx: QueryRunner) => Promise<T>) => executor.writeTransaction((tx) => work(wrap(tx))) } as unknown as Executor;
}

interface Profiled { dbHits: number; rows: number; serverMs: number; top: string[] }

/** Server-side milliseconds of a statement: until the first record, plus until the last. */
const serverMs = (summary: ResultSummary): number => Number(summary.resultAvailableAfter ?? 0) + Number(summary.resultConsumedAfter ?? 0);

function profileOf(summary: ResultSummary): Profiled {
  const operators: { name: string; dbHits: number; rows: number }[] = [];
  type Plan = { operatorType: string; dbHits: number; rows: number; children: Plan[] };
  const walk = (p: Plan): void => { operators.push({ name: p.operatorType, dbHits: p.dbHits, rows: p.rows }); p.children.forEach(walk); };
  const root = summary.profile as unknown as Plan | false;
  if (root) walk(root);
  const dbHits = operators.reduce((s, o) => s + o.dbHits, 0);
  const top = [...operators].sort((a, b) => b.dbHits - a.dbHits).slice(0, 5).filter((o) => o.dbHits > 0).map((o) => `${o.name}: ${o.dbHits} hits, ${o.rows} rows`);
  return { dbHits, rows: root ? root.rows : 0, serverMs: serverMs(summary), top };
}

/**
 * Runs writeBatch on `graphs` in one transaction that is rolled back, each statement's
 * summary handed to `seen`; `prefix` ('PROFILE ' or '') goes before every statement.
 */
async function rolledBack(driver: Driver, database: string, graphs: readonly ArticleGraph[], prefix: string, seen: (name: string, summary: ResultSummary) => void): Promise<void> {
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  const run = async (s: Statement, p?: Record<string, unknown>) => {
    const result = await tx.run(`${prefix}${s.text}`, p);
    seen(s.name, result.summary);
    return result;
  };
  const runner: QueryRunner = {
    run: async <R>(s: Statement, p?: Record<string, unknown>) => (await run(s, p)).records.map((r) => r.toObject() as R),
    update: async (s, p) => {
      const u = (await run(s, p)).summary.counters.updates();
      return { nodesCreated: u.nodesCreated, nodesDeleted: u.nodesDeleted, relationshipsCreated: u.relationshipsCreated, relationshipsDeleted: u.relationshipsDeleted, propertiesSet: u.propertiesSet, labelsAdded: u.labelsAdded };
    },
  };
  try {
    await writeBatch({ writeTransaction: <T>(work: (q: QueryRunner) => Promise<T>) => work(runner) } as unknown as Executor, graphs);
  } finally {
    await tx.rollback();
    await session.close();
  }
}

/**
 * One representative batch, twice, rolled back both times: plain (server milliseconds per
 * statement, the split of the writer's time) and PROFILEd (db hits per statement).
 */
async function profileBatch(driver: Driver, database: string, graphs: readonly ArticleGraph[]): Promise<Record<string, Profiled & { plainServerMs: number }>> {
  const plain: Record<string, number> = {};
  await rolledBack(driver, database, graphs, '', (name, summary) => { plain[name] = serverMs(summary); });
  const out: Record<string, Profiled & { plainServerMs: number }> = {};
  await rolledBack(driver, database, graphs, 'PROFILE ', (name, summary) => { out[name] = { plainServerMs: plain[name] ?? 0, ...profileOf(summary) }; });
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'parley-bench-ceiling-'));
const dump = join(dir, 'articles.jsonl');
const gen = await writeJsonl(dump, N, Number(values.seed));
log(`generated ${gen.articles} articles, ${mb(gen.bytes)}`);
const { graph, stop, pid } = await openBenchGraph(dir);
try {
  const t0 = performance.now();
  // --graphs FILE: extracted graphs cached between runs (written when missing).
  const cache = values.graphs;
  const graphs: ArticleGraph[] = cache && existsSync(cache) ? JSON.parse(readFileSync(cache, 'utf8')) : await extractAll(dump, N, Number(values.workers));
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(graphs));
  log(`extracted ${graphs.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)}s (not timed below)`);
  const tp = performance.now();
  const plan = ceilingPlan(graphs);
  const planMs = performance.now() - tp;
  log(`ceiling plan: ${plan.nodes.length} nodes, ${plan.relationshipCount} relationships (${(planMs / 1000).toFixed(1)}s in Node, not timed)`);

  await emptyDatabase(graph.executor); // a server of one's own (PARLEY_BENCH_NEO4J_URI) may hold a graph
  if (values['ceiling-schema']) await migrate(graph.executor);
  const ceiling = values['skip-ceiling'] ? { ms: NaN, cpu: { node: NaN, neo4j: NaN }, result: { nodesMs: NaN, relationshipsMs: NaN, transactions: 0 } } : await measured(pid, () => writeCeiling(graph.executor, plan));
  const ceilingCounts = values['skip-ceiling'] ? null : await countGraph(graph.executor);
  const ceilingResult = {
    schema: values['ceiling-schema'],
    ids: values.ids,
    chunk: CHUNK,
    transactions: ceiling.result.transactions,
    seconds: Number((ceiling.ms / 1000).toFixed(1)),
    nodesSeconds: Number((ceiling.result.nodesMs / 1000).toFixed(1)),
    relationshipsSeconds: Number((ceiling.result.relationshipsMs / 1000).toFixed(1)),
    articlesPerSecond: perSecond(graphs.length, ceiling.ms),
    relationshipsPerSecond: perSecond(plan.relationshipCount, ceiling.ms),
    relationshipsPerSecondOfRelationshipPhase: perSecond(plan.relationshipCount, ceiling.result.relationshipsMs),
    cpuSeconds: ceiling.cpu,
    cpuMsPerArticle: { node: Number(((ceiling.cpu.node * 1000) / graphs.length).toFixed(2)), neo4j: ceiling.cpu.neo4j === null ? null : Number(((ceiling.cpu.neo4j * 1000) / graphs.length).toFixed(2)) },
  };
  log(`ceiling: ${JSON.stringify(ceilingResult)}`);

  let writer: unknown = null;
  if (!values['skip-writer']) {
    await emptyDatabase(graph.executor);
    await migrate(graph.executor);
    const times = new Map<string, StatementTime>();
    const timed = timedExecutor(graph.executor, times);
    // The first half, one batch profiled (rolled back), then the rest: the profile sees a half-full graph.
    const half = Math.floor(graphs.length / 2 / BATCH) * BATCH;
    const first = await measured(pid, () => writeGraphs(timed, iterate(graphs.slice(0, half)), { batchSize: BATCH, concurrency: CONCURRENCY }));
    const profile = await profileBatch(graph.driver, graph.executor.database, graphs.slice(half, half + BATCH));
    const second = await measured(pid, () => writeGraphs(timed, iterate(graphs.slice(half)), { batchSize: BATCH, concurrency: CONCURRENCY }));
    const ms = first.ms + second.ms;
    const cpu = { node: first.cpu.node + second.cpu.node, neo4j: first.cpu.neo4j === null || second.cpu.neo4j === null ? null : first.cpu.neo4j + second.cpu.neo4j };
    const counts = await countGraph(graph.executor);
    const relationships = Object.values(counts.types).reduce((s, c) => s + c, 0);
    const batches = first.result.batches + second.result.batches;
    // Wall ms from sending a statement to its last record; the statements after write/entities
    // are pipelined, so theirs overlap (profileOfOneBatch.plainServerMs is the server's own split).
    const perStatement = Object.fromEntries([...times].map(([name, t]) => [name, { msPerBatch: Number((t.ms / batches).toFixed(1)), rowsPerBatch: Math.round(t.rows / batches) }]));
    writer = {
      batchSize: BATCH,
      concurrency: CONCURRENCY,
      batches,
      seconds: Number((ms / 1000).toFixed(1)),
      articlesPerSecond: perSecond(graphs.length, ms),
      relationshipsPerSecond: perSecond(relationships, ms),
      cpuSeconds: { node: Number(cpu.node.toFixed(1)), neo4j: cpu.neo4j === null ? null : Number(cpu.neo4j.toFixed(1)) },
      cpuMsPerArticle: { node: Number(((cpu.node * 1000) / graphs.length).toFixed(2)), neo4j: cpu.neo4j === null ? null : Number(((cpu.neo4j * 1000) / graphs.length).toFixed(2)) },
      perStatement,
      profileOfOneBatch: profile,
      sameGraphAsCeiling: ceilingCounts === null ? null : JSON.stringify(counts) === JSON.stringify(ceilingCounts),
      sameRelationshipCountAsPlan: relationships === plan.relationshipCount,
      counts: ceilingCounts !== null && JSON.stringify(counts) === JSON.stringify(ceilingCounts) ? undefined : counts,
    };
  }
  console.log(JSON.stringify({
    n: graphs.length,
    graph: { nodes: plan.nodes.length, relationships: plan.relationshipCount, relationshipsPerArticle: Number((plan.relationshipCount / graphs.length).toFixed(1)), ...(ceilingCounts ?? {}) },
    ceiling: ceilingResult,
    writer,
  }, null, 2));
} finally {
  await stop();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
