/**
 * The graph `npm run bench:api` measures: N generated articles (bench/generate-articles.ts)
 * seeded through Parley's own seeder, kept between runs. Seeding 50,000 articles takes
 * minutes, so a run reuses the graph when the marker file in PARLEY_HOME
 * (`bench-api-dataset.json`) names the same dataset (N, generator seed, and a hash of
 * the generator's and the extractor's source, lexicons included: they decide what the
 * graph holds) and
 * the database still holds what the marker recorded; otherwise it empties the database
 * and seeds it again. An interrupted seeding resumes (the seeder passes over the
 * articles already written).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../src/config.ts';
import type { Graph } from '../src/graph/index.ts';
import { migrate } from '../src/graph/index.ts';
import { emptyDatabase } from '../src/graph/write/empty-database.ts';
import { seedPaths } from '../src/cli/seed.ts';
import { writeJsonl } from './generate-articles.ts';

export interface DatasetCounts { articles: number; events: number; entities: number }

interface Marker {
  key: string;
  n: number;
  seed: number;
  complete: boolean;
  counts: DatasetCounts | null;
  seededAt: string | null;
  seedSeconds: number | null;
}

export interface Dataset {
  counts: DatasetCounts;
  /** How the data was obtained, for the report. */
  how: string;
}

const ROOT = new URL('..', import.meta.url).pathname;

/** Every file under `dir` (relative to the repository), in name order. */
function filesUnder(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!statSync(abs).isDirectory()) return [dir];
  return readdirSync(abs).sort().flatMap((name) => filesUnder(join(dir, name)));
}

/** The dataset's identity: N, seed, and the source that decides the graph's content. */
export function datasetKey(n: number, seed: number): string {
  const hash = createHash('sha256');
  for (const file of ['bench/generate-articles.ts', ...filesUnder('src/extract')]) {
    hash.update(file).update('\0').update(readFileSync(join(ROOT, file))).update('\0');
  }
  return `n=${n} seed=${seed} source=${hash.digest('hex').slice(0, 16)}`;
}

const COUNTS = {
  name: 'bench/api-counts',
  text: 'CALL { MATCH (a:Article) RETURN count(a) AS articles } CALL { MATCH (e:Event) RETURN count(e) AS events } CALL { MATCH (n:Entity) RETURN count(n) AS entities } RETURN articles, events, entities',
};

export async function countGraph(graph: Graph): Promise<DatasetCounts> {
  const [counts] = await graph.executor.read<DatasetCounts>(COUNTS);
  return counts;
}

const same = (a: DatasetCounts | null, b: DatasetCounts) => !!a && a.articles === b.articles && a.events === b.events && a.entities === b.entities;

/**
 * Makes sure the graph holds the dataset for (n, seed): reuses it when the marker and
 * the counts agree (or when `reuse` says to keep whatever is there), else seeds it.
 */
export async function ensureDataset(graph: Graph, config: Config, opts: { n: number; seed: number; reuse: boolean; reseed: boolean }): Promise<Dataset> {
  await migrate(graph.executor);
  const markerFile = join(config.home, 'bench-api-dataset.json');
  const key = datasetKey(opts.n, opts.seed);
  const marker: Marker | null = existsSync(markerFile) ? JSON.parse(readFileSync(markerFile, 'utf8')) : null;
  const now = await countGraph(graph);
  if (opts.reuse) return { counts: now, how: 'kept the graph already in the database (--reuse; not checked against a dataset)' };
  if (!opts.reseed && marker?.key === key && marker.complete && same(marker.counts, now)) {
    return { counts: now, how: `reused the graph seeded ${marker.seededAt} (${key}; seeding took ${marker.seedSeconds} s), marker ${markerFile}` };
  }
  const resume = !opts.reseed && marker?.key === key && !marker.complete;
  mkdirSync(config.home, { recursive: true });
  const file = join(config.home, `bench-api-articles-${opts.n}-${opts.seed}.jsonl`);
  console.log(`generating ${opts.n} articles (seed ${opts.seed}) into ${file}…`);
  await writeJsonl(file, opts.n, opts.seed);
  if (!resume) {
    console.log(marker ? `the graph is not the dataset ${key} (marker: ${marker.key}): emptying the database…` : `no dataset marker in ${config.home}: emptying the database…`);
    await emptyDatabase(graph.executor); // in bounded transactions: one would be too large for 50,000 articles
  } else {
    console.log(`resuming the interrupted seeding of ${key}…`);
  }
  const pending: Marker = { key, n: opts.n, seed: opts.seed, complete: false, counts: null, seededAt: null, seedSeconds: null };
  writeFileSync(markerFile, `${JSON.stringify(pending, null, 2)}\n`);
  console.log('seeding…');
  const summary = await seedPaths([file], { config, executor: graph.executor, progress: 'lines', rejects: join(config.home, 'bench-api-rejects.jsonl') });
  const counts = await countGraph(graph);
  const seconds = Math.round(summary.elapsedMs / 1000);
  const done: Marker = { ...pending, complete: true, counts, seededAt: new Date().toISOString(), seedSeconds: seconds };
  writeFileSync(markerFile, `${JSON.stringify(done, null, 2)}\n`);
  rmSync(file, { force: true });
  return {
    counts,
    how: `seeded now (${key}): ${summary.written} articles written, ${summary.skipped} already there, in ${seconds} s (${(summary.written / Math.max(1, summary.elapsedMs / 1000)).toFixed(0)} articles/s)`,
  };
}
