/**
 * `npm run bench:extract`: the speed of extraction (issue 4, "Measured, not guessed").
 *
 * 1. In process, one thread: `extractArticle` over N generated ~3 KB articles held in
 *    memory, then the naive baseline (`bench/naive/`) over the first `--naive-n` of them
 *    (it is ~60× slower); articles/s, MB/s (MB = 2^20 bytes of body text), the ratio, peak
 *    RSS. Each extractor first makes one untimed pass over its articles (V8 compiles and
 *    optimises the code it runs), then `--passes` timed passes; the pass with the median
 *    wall time is reported, with the range of all of them.
 *    Target: >= 2,000 articles/s for Parley.
 * 2. Whole process: `node bin/parley.mjs extract --format jsonl FILE > /dev/null` over
 *    6,000 generated articles in a temporary JSONL file, start-up included.
 *    Target: >= 1,000 articles/s.
 * 3. With `--score`, and when ../shared exists: both extractors on the dev corpus, scored by
 *    ../shared/eval/score.mjs.
 *
 *   npx tsx bench/extract.ts [--n 3000] [--naive-n 300] [--passes 3] [--cli-n 6000] [--seed 1]
 *                            [--workers W (sets PARLEY_WORKERS)] [--no-cli] [--score]
 *
 * Temporary files live in one folder under the OS temp dir, removed on exit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/domain/article.ts';
import type { ArticleGraph } from '../src/domain/graph.ts';
import { extractArticle } from '../src/extract/index.ts';
import { generateArticles, writeJsonl, type GeneratedArticle } from './generate-articles.ts';
import { naiveExtract } from './naive/naive-extract.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');
const MB = 1 << 20;

interface Options { n: number; naiveN: number; passes: number; cliN: number; seed: number; workers: number | null; cli: boolean; score: boolean }

function parseArgs(argv: string[]): Options {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const n = Number(get('--n') ?? 3000);
  const workers = get('--workers');
  return {
    n, naiveN: Math.min(n, Number(get('--naive-n') ?? 300)), passes: Number(get('--passes') ?? 3), cliN: Number(get('--cli-n') ?? 6000),
    seed: Number(get('--seed') ?? 1), workers: workers === undefined ? null : Number(workers),
    cli: !argv.includes('--no-cli'), score: argv.includes('--score'),
  };
}

/** A generated article as the JSONL loader would hand it on, minus the loader's clean-up. */
const toArticle = (g: GeneratedArticle, origin: string): Article => ({
  id: g.id, sourceId: g.id, url: g.url, title: g.title, dateline: null, body: g.text,
  published: g.published, source: g.source, language: 'en', authors: [], origin,
});

/** `ms` is wall time; `cpuMs` the process's CPU time over the same stretch (user + system, GC threads included). */
interface Timing { articles: number; bytes: number; ms: number; cpuMs: number; entities: number; events: number }

/** Runs `extract` over `articles` once, timed; the counts keep the work observable. */
function time(extract: (a: Article) => ArticleGraph, articles: Article[]): Timing {
  let entities = 0, events = 0, bytes = 0;
  for (const a of articles) bytes += Buffer.byteLength(a.body);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const a of articles) {
    const g = extract(a);
    entities += g.entities.length;
    events += g.events.length;
  }
  const c = process.cpuUsage(c0);
  return { articles: articles.length, bytes, ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, entities, events };
}

/** The timed passes of one extractor, after an untimed one: the median pass (by wall time) and all of them. */
interface Passes { median: Timing; all: Timing[] }

function timePasses(extract: (a: Article) => ArticleGraph, articles: Article[], passes: number): Passes {
  for (const a of articles) extract(a); // warm-up: the same work, untimed
  const all = Array.from({ length: passes }, () => time(extract, articles));
  const byWall = [...all].sort((a, b) => a.ms - b.ms);
  return { median: byWall[(byWall.length - 1) >> 1], all };
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
const perSec = (t: { articles: number; ms: number }): number => t.articles / (t.ms / 1000);
const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

interface CliResult { ok: true; articles: number; ms: number; workers: string }
type CliOutcome = CliResult | { ok: false; reason: string };

/** The worker count `parley extract` will use, by its own rule when that module is there. */
async function workerCount(env: NodeJS.ProcessEnv): Promise<string> {
  const cores = availableParallelism();
  const configured = env.PARLEY_WORKERS ? Number(env.PARLEY_WORKERS) : null;
  try {
    const { resolveWorkers } = await import('../src/cli/pipeline/resolve-workers.ts');
    const w = resolveWorkers(null, configured, cores, 0); // as src/cli/extract.ts resolves them
    return `${w} worker thread${w === 1 ? '' : 's'}${w === 0 ? ' (main thread)' : ''}, ${cores} cores${configured === null ? '' : ', PARLEY_WORKERS'}`;
  } catch {
    return `unknown (src/cli/pipeline/resolve-workers.ts not loadable), ${cores} cores`;
  }
}

/** Times `node bin/parley.mjs extract --format jsonl FILE > /dev/null`, start-up included. */
async function timeCli(dir: string, opts: Options): Promise<CliOutcome> {
  if (!existsSync(join(ROOT, 'src/cli/extract.ts'))) return { ok: false, reason: 'src/cli/extract.ts does not exist yet' };
  const file = join(dir, 'articles.jsonl');
  await writeJsonl(file, opts.cliN, opts.seed);
  const env = { ...process.env, ...(opts.workers === null ? {} : { PARLEY_WORKERS: String(opts.workers) }) };
  const devNull = openSync('/dev/null', 'w');
  let stderr = '';
  const t0 = performance.now();
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/parley.mjs'), 'extract', '--format', 'jsonl', file], {
      cwd: ROOT, env, stdio: ['ignore', devNull, 'pipe'],
    });
    child.stderr?.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-2000); });
    child.on('error', fail);
    child.on('close', done);
  });
  const ms = performance.now() - t0;
  closeSync(devNull);
  if (code !== 0) {
    const last = stderr.trim().split('\n').filter(Boolean).pop() ?? '';
    return { ok: false, reason: `parley extract exited with ${code}${last ? `: ${last}` : ''}` };
  }
  return { ok: true, articles: opts.cliN, ms, workers: await workerCount(env) };
}

interface DevRecord { id: string; url?: string; source?: string; published?: string | null; title?: string | null; text: string }

/** Both extractors on ../shared/corpus/dev.jsonl, scored; one row per extractor. */
function scoreDev(dir: string): string[][] {
  const devPath = join(SHARED, 'corpus/dev.jsonl');
  const records = readFileSync(devPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevRecord);
  const articles = records.map((r, i): Article => ({
    id: r.id, sourceId: r.id, url: r.url ?? null, title: r.title ?? null, dateline: null, body: r.text,
    published: r.published ?? null, source: r.source ?? null, language: 'en', authors: [], origin: `${devPath}:${i + 1}`,
  }));
  const rows: string[][] = [];
  for (const [name, extract] of [['Parley', extractArticle], ['naive', naiveExtract]] as const) {
    const pred = join(dir, `dev-${name}.jsonl`);
    writeFileSync(pred, articles.map((a) => JSON.stringify(extract(a))).join('\n') + '\n');
    const res = spawnSync(process.execPath, [join(SHARED, 'eval/score.mjs'), '--gold', join(SHARED, 'corpus/dev-gold.jsonl'), '--pred', pred, '--json'], { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`score.mjs failed for ${name}: ${res.stderr.trim()}`);
    const r = JSON.parse(res.stdout) as Record<string, { precision: number; recall: number; f1: number }>;
    const f = (k: string) => r[k].f1.toFixed(3);
    rows.push([name, f('persons'), f('states'), f('organizations'), f('eventsActor'),
      `${r.eventsFull.f1.toFixed(3)} (P ${r.eventsFull.precision.toFixed(2)} R ${r.eventsFull.recall.toFixed(2)})`]);
  }
  return rows;
}

async function main(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  if (!(opts.n > 0) || !(opts.naiveN > 0) || !(opts.cliN > 0) || !(Number.isInteger(opts.passes) && opts.passes > 0)) {
    process.stderr.write('usage: extract.ts [--n N] [--naive-n N] [--passes P] [--cli-n N] [--seed S] [--workers W] [--no-cli] [--score]\n');
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-extract-'));
  try {
    const articles = [...generateArticles(opts.n, opts.seed)].map((g, i) => toArticle(g, `generated:${i + 1}`));
    const rssInput = peakRssMb();

    log(`Parley over ${opts.n} articles: a warm-up pass, then ${opts.passes} timed`);
    const parleyPasses = timePasses(extractArticle, articles, opts.passes);
    const parley = parleyPasses.median;
    const rssParley = peakRssMb();
    log(`naive over ${opts.naiveN} articles: a warm-up pass, then ${opts.passes} timed`);
    const naivePasses = timePasses(naiveExtract, articles.slice(0, opts.naiveN), opts.passes);
    const naive = naivePasses.median;
    const rssNaive = peakRssMb();
    const range = (p: Passes): string => {
      const rates = p.all.map(perSec).sort((a, b) => a - b);
      return `${fmt(rates[0])}–${fmt(rates[rates.length - 1])}`;
    };

    const row = (name: string, t: Timing, rss: number): string[] => [
      name, fmt(t.articles), fmt(t.bytes / MB, 1), fmt(t.ms / 1000, 2), fmt(perSec(t)),
      fmt(t.bytes / MB / (t.ms / 1000), 2), fmt(t.cpuMs / 1000, 2), fmt(t.articles / (t.cpuMs / 1000)),
      fmt(t.entities / t.articles, 1), fmt(t.events / t.articles, 1), fmt(rss),
    ];
    console.log(`\nIn process, one thread, median of ${opts.passes} timed passes after a warm-up pass (node ${process.version}, seed ${opts.seed}, avg ${fmt(parley.bytes / parley.articles)} B/article, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores)\n`);
    console.log(table(
      ['extractor', 'articles', 'MB', 'wall s', 'articles/s', 'MB/s', 'CPU s', 'articles/CPU-s', 'entities/art', 'events/art', 'peak RSS MB'],
      [row('Parley extractArticle', parley, rssParley), row('naive (compromise)', naive, rssNaive)],
    ));
    const ratio = perSec(parley) / perSec(naive);
    const cpuRatio = (parley.articles / parley.cpuMs) / (naive.articles / naive.cpuMs);
    console.log(`\nratio Parley / naive: ${fmt(ratio, 1)}x wall, ${fmt(cpuRatio, 1)}x CPU   target >= 2,000 articles/s: ${perSec(parley) >= 2000 ? 'met' : 'NOT met'}`);
    console.log(`articles/s of each pass: Parley ${range(parleyPasses)}, naive ${range(naivePasses)}`);
    console.log('articles/s is wall time, the figure the target is about; articles/CPU-s is what one idle core would give.');
    console.log(`peak RSS after generating the input: ${fmt(rssInput)} MB`);

    if (opts.cli) {
      log(`parley extract over ${opts.cliN} articles`);
      const cli = await timeCli(dir, opts);
      console.log(`\nWhole process: node bin/parley.mjs extract --format jsonl FILE > /dev/null\n`);
      if (cli.ok) {
        const rate = perSec(cli);
        console.log(table(['articles', 's', 'articles/s', 'workers'], [[fmt(cli.articles), fmt(cli.ms / 1000, 2), fmt(rate), cli.workers]]));
        console.log(`\ntarget >= 1,000 articles/s: ${rate >= 1000 ? 'met' : 'NOT met'}`);
      } else {
        console.log(`unavailable: ${cli.reason}`);
      }
    }

    if (opts.score) {
      if (!existsSync(join(SHARED, 'eval/score.mjs'))) console.log(`\nscore: skipped, ${SHARED} not found`);
      else {
        log('scoring both on the dev corpus');
        console.log(`\nDev corpus (${join(SHARED, 'corpus/dev.jsonl')}), F1\n`);
        console.log(table(['extractor', 'persons', 'states', 'orgs', 'events actor', 'events full'], scoreDev(dir)));
      }
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function log(msg: string): void {
  process.stderr.write(`bench:extract: ${msg}\n`);
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: Error) => {
  process.stderr.write(`bench:extract: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});
