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

interface Measure { how: string; file: string; mb: number; articles: number; seconds: number; peakRssMb: number }

const MB = 1024 * 1024;

/** Child side: reads `file` one way and prints a Measure as JSON. */
async function child(how: string, file: string): Promise<void> {
  const started = performance.now();
  let articles = 0;
  if (how === 'loader') {
    const { readDumps } = await import('../src/sources/index.ts');
    for await (const item of readDumps([file])) if (item.kind === 'article') articles++;
  } else {
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line) { JSON.parse(line); articles++; }
  }
  const seconds = (performance.now() - started) / 1000;
  const m: Measure = { how, file, mb: statSync(file).size / MB, articles, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

/** bin/parley.mjs, imported first as the command does (it runs the CLI only as the program); with the command's V8 flag. */
const PARLEY_BIN = new URL('../bin/parley.mjs', import.meta.url).href;

function measure(how: string, file: string): Measure {
  const args = ['--max-semi-space-size=8', '--import', PARLEY_BIN, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', how, file];
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

async function main(): Promise<void> {
  const i = process.argv.indexOf('--mb');
  const bigMb = i > 0 ? Number(process.argv[i + 1]) : 1024;
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-read-'));
  try {
    const big = join(dir, `dump-${bigMb}mb.jsonl`);
    const small = join(dir, 'dump-100mb.jsonl');
    process.stderr.write(`generating ${bigMb} MB of articles in ${dir} ...\n`);
    const gen = await writeJsonl(big, Infinity, 1, { maxBytes: bigMb * MB });
    process.stderr.write(`  ${gen.articles} articles in ${(gen.ms / 1000).toFixed(1)} s\n`);
    head(big, small, 100 * MB);

    const runs: Measure[] = [];
    for (const [how, file] of [['naive', small], ['loader', small], ['loader', big]] as const) {
      process.stderr.write(`reading ${(statSync(file).size / MB).toFixed(0)} MB with the ${how} reader ...\n`);
      runs.push(measure(how, file));
    }
    const [naive, loader100, loaderBig] = runs;
    console.log(row(['reader', 'dump', 'articles', 'seconds', 'MB/s', 'articles/s', 'peak RSS']));
    console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const m of runs) {
      console.log(row([m.how, `${m.mb.toFixed(0)} MB`, m.articles, m.seconds.toFixed(2), (m.mb / m.seconds).toFixed(1),
        Math.round(m.articles / m.seconds), `${m.peakRssMb.toFixed(0)} MB`]));
    }
    const speed = (m: Measure) => m.mb / m.seconds;
    console.log('');
    console.log(`loader vs naive on 100 MB: ${(speed(loader100) / speed(naive)).toFixed(2)}x the speed, ${(loader100.peakRssMb / naive.peakRssMb).toFixed(2)}x the peak memory`);
    console.log(`  (the naive reader only parses JSON; the loader also checks bytes, normalises, splits datelines, hashes ids and deduplicates)`);
    console.log(`loader peak RSS, ${loaderBig.mb.toFixed(0)} MB vs 100 MB: ${loaderBig.peakRssMb.toFixed(0)} MB vs ${loader100.peakRssMb.toFixed(0)} MB (${(((loaderBig.peakRssMb / loader100.peakRssMb) - 1) * 100).toFixed(1)}%)`);
    console.log(`naive reader on ${loaderBig.mb.toFixed(0)} MB: not run (one string of the whole file is over V8's limit of 2^29 characters)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main();
