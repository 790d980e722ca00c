/**
 * `npm run bench:seed -- --n 10000`: seeding throughput and memory, measured.
 *
 * 1. Generates N articles (bench/generate-articles.ts, deterministic) into a temp JSONL.
 * 2. Starts a throwaway Neo4j (Parley's local-server code, free ports, temp folder) or
 *    uses PARLEY_BENCH_NEO4J_URI (+ _USERNAME, _PASSWORD, _DATABASE; it is emptied!).
 * 3. Naive: the first --naive-n articles (default 300), pre-extracted, written one
 *    transaction per article and one statement per node and relationship (write only).
 * 4. Batched, same articles, write only (for a like-for-like ratio).
 * 5. End to end: `seedPaths` over the N-article file into an empty database: reading,
 *    extraction in worker threads and batched writes overlapping. Reports articles/s,
 *    events/s and the Node process's peak RSS (sampled, and at 25/50/75/100%).
 *
 * CPU time is reported for the Node process (all its threads: reading, extraction workers,
 * writing) and, for the throwaway Neo4j, for the server process, so the figures mean
 * something on a shared machine.
 *
 * Flags: --n N (10000), --naive-n N (300), --batch-size B (50, the default of parley seed), --concurrency C (2),
 * --seed S (1), --keep.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedPaths } from '../src/cli/seed.ts';
import { openSeedSource, type SeedSource } from '../src/cli/seed-source.ts';
import { loadConfig } from '../src/config.ts';
import { migrate } from '../src/graph/index.ts';
import { emptyDatabase } from '../src/graph/write/empty-database.ts';
import { writeGraphs } from '../src/graph/write/write-graphs.ts';
import { writeJsonl } from './generate-articles.ts';
import { writeNaively } from './seed-naive.ts';
import { extractAll, iterate, log, mb, measured, openBenchGraph } from './seed-harness.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    'naive-n': { type: 'string', default: '300' },
    'batch-size': { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const N = Number(values.n);
const NAIVE_N = Math.min(N, Number(values['naive-n']));
const BATCH = Number(values['batch-size']);
const CONCURRENCY = Number(values.concurrency);
const dir = mkdtempSync(join(tmpdir(), 'parley-bench-seed-'));
const dump = join(dir, 'articles.jsonl');
const gen = await writeJsonl(dump, N, Number(values.seed));
log(`generated ${gen.articles} articles, ${mb(gen.bytes)}, in ${(gen.ms / 1000).toFixed(1)}s`);
const { graph, stop, pid } = await openBenchGraph(dir);
try {
  await migrate(graph.executor);
  await emptyDatabase(graph.executor);

  // Naive and batched, write only, on the same pre-extracted articles.
  const sample = await extractAll(dump, NAIVE_N);
  const naive = await measured(pid, () => writeNaively(graph.executor, sample));
  const naiveRate = (sample.length * 1000) / naive.ms;
  log(`naive: ${sample.length} articles, ${naive.result} statements, ${(naive.ms / 1000).toFixed(1)}s → ${naiveRate.toFixed(1)} articles/s (CPU: node ${naive.cpu.node}s, neo4j ${naive.cpu.neo4j}s)`);
  await emptyDatabase(graph.executor);
  const batched = await measured(pid, () => writeGraphs(graph.executor, iterate(sample), { batchSize: BATCH, concurrency: CONCURRENCY }));
  const batchedRate = (sample.length * 1000) / batched.ms;
  log(`batched (write only): ${sample.length} articles in ${(batched.ms / 1000).toFixed(1)}s → ${batchedRate.toFixed(0)} articles/s (CPU: node ${batched.cpu.node}s, neo4j ${batched.cpu.neo4j}s)`);
  await emptyDatabase(graph.executor);

  // End to end, from the file, into an empty database.
  let peak = 0;
  const quarters: number[] = [];
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 250);
  sampler.unref();
  const inner = openSeedSource([dump], { rejects: join(dir, 'rejects.jsonl'), workers: null });
  let read = 0;
  const source: SeedSource = {
    ...inner,
    async *items() {
      for await (const item of inner.items()) {
        read += 1;
        if (read % Math.max(1, Math.floor(N / 4)) === 0) quarters.push(Math.round(process.memoryUsage().rss / 1048576));
        yield item;
      }
    },
  };
  const run = await measured(pid, () => seedPaths([dump], { executor: graph.executor, batchSize: BATCH, concurrency: CONCURRENCY, progress: 'none', source, config: loadConfig({ PARLEY_HOME: dir }) }));
  const summary = run.result;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  const secs = summary.elapsedMs / 1000;
  const result = {
    n: N,
    batchSize: BATCH,
    concurrency: CONCURRENCY,
    endToEnd: {
      articles: summary.written,
      seconds: Number(secs.toFixed(1)),
      articlesPerSecond: Math.round(summary.written / secs),
      reportsPerSecond: Math.round(summary.events / secs),
      eventsCreatedPerSecond: Math.round(summary.eventsCreated / secs),
      eventsCreated: summary.eventsCreated,
      relationshipsCreated: summary.relationshipsCreated,
      peakRssMB: Math.round(peak / 1048576),
      rssAtQuartersMB: quarters,
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      cpuSeconds: run.cpu,
      cpuMsPerArticle: { node: Number(((run.cpu.node * 1000) / summary.written).toFixed(2)), neo4j: run.cpu.neo4j === null ? null : Number(((run.cpu.neo4j * 1000) / summary.written).toFixed(2)) },
    },
    writeOnly: {
      articles: sample.length, naivePerSecond: Number(naiveRate.toFixed(1)), batchedPerSecond: Math.round(batchedRate), ratio: Number((batchedRate / naiveRate).toFixed(1)),
      cpuSeconds: { naive: naive.cpu, batched: batched.cpu },
    },
    endToEndOverNaive: Number((summary.written / secs / naiveRate).toFixed(1)),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await stop();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
