/**
 * Articles/s of the mention stage and of the whole extraction over the dev articles
 * (or, with `--gen N`, over N generated ~3 KB articles from bench/generate-articles.ts),
 * repeated (one core, in process, after a warm-up). CPU time, not wall clock.
 *
 *   npx tsx bench/bench-mentions.ts [--dev PATH | --gen N [--seed S]] [--rounds N]
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../src/domain/article.ts';
import { buildMentionLayer, extractArticle } from '../src/extract/index.ts';
import { generateArticles } from './generate-articles.ts';

const args = process.argv.slice(2);
const opt = (n: string, d: string): string => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const gen = Number(opt('--gen', '0'));
const rounds = Number(opt('--rounds', gen ? '3' : '40'));
const articles: Article[] = gen ? [...generateArticles(gen, Number(opt('--seed', '1')))].map((g) => ({ id: g.id, sourceId: g.id, url: g.url,
  title: g.title, dateline: null, body: g.text, published: g.published, source: g.source, language: 'en', authors: [], origin: 'generated' }))
  : readFileSync(opt('--dev', '/work/shared/corpus/dev.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((l, i) => { const r = JSON.parse(l); return { id: r.id, sourceId: r.id, url: r.url ?? null, title: r.title ?? null, dateline: null,
    body: r.text, published: r.published ?? null, source: r.source ?? null, language: 'en', authors: [], origin: `dev:${i + 1}` }; });
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body) + Buffer.byteLength(a.title ?? ''), 0);

function time(name: string, f: (a: Article) => unknown): void {
  for (const a of articles) f(a); // warm-up
  // CPU time of this process, so that other load on a shared machine does not count.
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const a of articles) f(a);
  const c = process.cpuUsage(c0);
  const s = (c.user + c.system) / 1e6;
  const n = rounds * articles.length;
  console.log(`${name.padEnd(18)} ${(n / s).toFixed(0)} articles/s, ${(rounds * bytes / s / 1e6).toFixed(2)} MB/s (${n} articles, avg ${(bytes / articles.length / 1000).toFixed(1)} KB)`);
}
time('buildMentionLayer', buildMentionLayer);
time('extractArticle', extractArticle);
