/**
 * Scores extraction on the dev corpus: reads ../shared/corpus/dev.jsonl (or --dev PATH)
 * through the project's loaders (`src/sources`, which also strip datelines and boilerplate;
 * `--raw` reads the JSONL fields directly instead), runs `extractArticle` on each record, writes the predictions (--out, default
 * /tmp/pred.jsonl) and runs ../shared/eval/score.mjs on them (extra args, e.g. --verbose,
 * are passed on).
 *
 *   npx tsx bench/score-dev.ts [--dev PATH] [--gold PATH] [--out PATH] [--raw] [--verbose]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Article } from '../src/domain/article.ts';
import { extractArticle } from '../src/extract/index.ts';
import { readDumps } from '../src/sources/index.ts';

const args = process.argv.slice(2);
const take = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const devPath = take('--dev', '/work/shared/corpus/dev.jsonl');
const goldPath = take('--gold', '/work/shared/corpus/dev-gold.jsonl');
const outPath = take('--out', '/tmp/pred.jsonl');
const raw = args.includes('--raw');
if (raw) args.splice(args.indexOf('--raw'), 1);

interface DevRecord { id: string; url?: string; source?: string; published?: string | null; title?: string | null; text: string }

export function recordToArticle(r: DevRecord, line: number): Article {
  return {
    id: r.id, sourceId: r.id, url: r.url ?? null, title: r.title ?? null, dateline: null,
    body: r.text.normalize('NFC'), published: r.published ?? null, source: r.source ?? null,
    language: 'en', authors: [], origin: `${devPath}:${line}`,
  };
}

async function load(): Promise<Article[]> {
  if (raw) return readFileSync(devPath, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => recordToArticle(JSON.parse(l) as DevRecord, i + 1));
  const out: Article[] = [];
  for await (const item of readDumps([devPath])) if (item.kind === 'article') out.push(item.article);
  return out;
}
const records = await load();
const t0 = performance.now();
const out = records.map((a) => JSON.stringify(extractArticle(a)));
const ms = performance.now() - t0;
writeFileSync(outPath, out.join('\n') + '\n');
console.error(`${records.length} articles in ${ms.toFixed(0)} ms (cold) → ${outPath}`);
const res = spawnSync('node', ['/work/shared/eval/score.mjs', '--gold', goldPath, '--pred', outPath, ...args], { stdio: 'inherit' });
process.exit(res.status ?? 1);
