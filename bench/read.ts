/**
 * `npm run bench:read`: how fast the loader reads a JSON Lines dump and how much memory
 * it needs, for 100 MB and 1 GB, against a naive reader (readFileSync + split + JSON.parse)
 * measured in the same run. Each measurement runs in its own child process, so that its
 * peak RSS is its own, started the way the `parley` command starts: through bin/parley.mjs,
 * which sets V8's heap up before anything else runs (the loader is then measured with the
 * heap users get, not node's defaults). The dumps are generated in the temp folder (bench/generate-articles.ts,
 * ~3 KB articles) and deleted at the end.
 *
 *   npm run bench:read                 100 MB and 1 GB
 *   npm run bench:read -- --mb 300     100 MB and 300 MB (a quicker run)
 *   npm run bench:read -- --runs 5     each reader run 5 times (default 3)
 *   npm run bench:read -- --no-trim-heap   the loader without its heap trimmer (src/sources/heap-trim.ts), to see what it saves
 *
 * Peak RSS varies from run to run by a few MB (when V8's collector and compiler threads
 * run, when the young generation grows), so each reader runs `--runs` times, in turns, and
 * the table gives the median run (by peak RSS) with the range of the peaks; the ratio of
 * 1 GB to 100 MB compares medians. CPU seconds (user + system, all threads, over the same
 * span as the wall time) are given beside it, as the machine may be shared.
 *
 * The naive reader holds the whole file as one string, so it runs on 100 MB only: V8
 * cannot make a string of 1 GB at all (its limit is 2^29 characters), which is the point.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeJsonl } from './generate-articles.ts';

interface Measure { how: string; file: string; mb: number; articles: number; seconds: number; cpuSeconds: number; peakRssMb: number }

const MB = 1024 * 1024;

/** Child side: reads `file` one way and prints a Measure as JSON. */
async function child(how: string, file: string, trimHeap: boolean): Promise<void> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let articles = 0;
  if (how === 'loader') {
    const { readDumps } = await import('../src/sources/index.ts');
    for await (const item of readDumps([file], { trimHeap })) if (item.kind === 'article') articles++;
  } else {
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line) { JSON.parse(line); articles++; }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const m: Measure = { how, file, mb: statSync(file).size / MB, articles, seconds, cpuSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

/** bin/parley.mjs, imported first as the command does (it runs the CLI only as the program); with the command's V8 flag. */
const PARLEY_BIN = new URL('../bin/parley.mjs', import.meta.url).href;

function measure(how: string, file: string, trimHeap: boolean): Measure {
  const args = ['--max-semi-space-size=8', '--import', PARLEY_BIN, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', how, file, String(trimHeap)];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${how} on ${file} failed: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Measure;
}

/** Copies the first `bytes` of `from` (up to a line end) to `to`. */
function head(from: string, to: string, bytes: number): void {
  const fd = openSync(from, 'r');
  const buf = Buffer.alloc(bytes + 64 * 1024);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  writeFileSync(to, buf.subarray(0, buf.lastIndexOf(10, Math.min(n, bytes)) + 1));
}

const row = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;

/** The median run by peak RSS, with the lowest and highest peak of all the runs. */
function median(runs: Measure[]): Measure & { lowMb: number; highMb: number } {
  const sorted = [...runs].sort((a, b) => a.peakRssMb - b.peakRssMb);
  return { ...sorted[(sorted.length - 1) >> 1], lowMb: sorted[0].peakRssMb, highMb: sorted.at(-1)!.peakRssMb };
}

async function main(): Promise<void> {
  const arg = (flag: string, fallback: number) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const bigMb = arg('--mb', 1024);
  const times = Math.max(1, arg('--runs', 3));
  const trimHeap = !process.argv.includes('--no-trim-heap');
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-read-'));
  try {
    const big = join(dir, `dump-${bigMb}mb.jsonl`);
    const small = join(dir, 'dump-100mb.jsonl');
    process.stderr.write(`generating ${bigMb} MB of articles in ${dir} ...\n`);
    const gen = await writeJsonl(big, Infinity, 1, { maxBytes: bigMb * MB });
    process.stderr.write(`  ${gen.articles} articles in ${(gen.ms / 1000).toFixed(1)} s\n`);
    head(big, small, 100 * MB);

    const plan = [['naive', small], ['loader', small], ['loader', big]] as const;
    const all: Measure[][] = plan.map(() => []);
    for (let t = 1; t <= times; t++) {
      plan.forEach(([how, file], k) => {
        process.stderr.write(`run ${t}/${times}: reading ${(statSync(file).size / MB).toFixed(0)} MB with the ${how} reader ...\n`);
        all[k].push(measure(how, file, trimHeap));
      });
    }
    const [naive, loader100, loaderBig] = all.map(median);
    console.log(row(['reader', 'dump', 'articles', 'seconds', 'CPU s', 'MB/s', 'articles/s', `peak RSS (median of ${times})`, 'peak RSS range']));
    console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const m of [naive, loader100, loaderBig]) {
      console.log(row([m.how, `${m.mb.toFixed(0)} MB`, m.articles, m.seconds.toFixed(2), m.cpuSeconds.toFixed(2), (m.mb / m.seconds).toFixed(1),
        Math.round(m.articles / m.seconds), `${m.peakRssMb.toFixed(0)} MB`, `${m.lowMb.toFixed(0)}–${m.highMb.toFixed(0)} MB`]));
    }
    const speed = (m: Measure) => m.mb / m.seconds;
    console.log('');
    console.log(`loader vs naive on 100 MB: ${(speed(loader100) / speed(naive)).toFixed(2)}x the speed, ${(loader100.peakRssMb / naive.peakRssMb).toFixed(2)}x the peak memory`);
    console.log(`  (the naive reader only parses JSON; the loader also checks bytes, normalises, splits datelines, hashes ids and deduplicates)`);
    console.log(`loader peak RSS, ${loaderBig.mb.toFixed(0)} MB vs 100 MB (medians): ${loaderBig.peakRssMb.toFixed(0)} MB vs ${loader100.peakRssMb.toFixed(0)} MB (${(((loaderBig.peakRssMb / loader100.peakRssMb) - 1) * 100).toFixed(1)}%)`);
    console.log(`loader heap trimmer (src/sources/heap-trim.ts): ${trimHeap ? 'on' : 'off (--no-trim-heap)'}`);
    console.log(`naive reader on ${loaderBig.mb.toFixed(0)} MB: not run (one string of the whole file is over V8's limit of 2^29 characters)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5] !== 'false');
else await main();
