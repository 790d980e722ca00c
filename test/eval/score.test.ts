import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../src/domain/graph.ts';
import { score, type GoldArticle } from '../../src/eval/score.ts';
import { formatReport } from '../../src/eval/format-report.ts';

const gold: GoldArticle[] = [{
  id: 'g1',
  persons: [{ name: 'Olena Marchuk', aliases: ['Marchuk'], state: 'UKR' }],
  states: ['UKR', 'POL'],
  organizations: [{ name: 'European Union', aliases: ['EU'] }],
  events: [
    { type: 'PROPOSES', actor: 'Olena Marchuk', actorState: 'UKR', targets: ['POL'], modality: 'asserted', quote: 'Marchuk proposed talks with Poland' },
    { type: 'WARNS', actor: 'European Union', targets: ['POL'], modality: 'conditional', quote: 'the EU warned' },
  ],
}];

const header = { id: 'x', sourceId: 'g1', url: null, title: null, published: null, dateline: null, origin: 't', source: null, language: null };
const base = { object: null, date: null, span: [0, 1] as [number, number], confidence: 0.9, cameo: '03', evidence: 'e' };
const pred: ArticleGraph[] = [{
  article: header,
  entities: [
    { id: 'person:marchuk-o', kind: 'Person', name: 'Olena Marchuk', aliases: ['Marchuk'], roles: [{ title: 'Foreign Minister', of: 'state:UKR' }] },
    { id: 'state:UKR', kind: 'State', name: 'Ukraine', iso3: 'UKR' },
    { id: 'state:POL', kind: 'State', name: 'Poland', iso3: 'POL' },
    { id: 'state:HUN', kind: 'State', name: 'Hungary', iso3: 'HUN' },
    { id: 'org:eu', kind: 'Organization', name: 'EU' },
  ],
  events: [
    { ...base, id: 'e1', type: 'PROPOSES', actor: 'person:marchuk-o', targets: ['state:POL'], modality: 'asserted', rule: 'r1' },
    { ...base, id: 'e2', type: 'WARNS', actor: 'org:eu', targets: ['state:HUN'], modality: 'conditional', rule: 'r2' },
    { ...base, id: 'e3', type: 'ACCUSES', actor: 'state:POL', targets: ['state:UKR'], modality: 'asserted', rule: 'r3' },
  ],
}];

describe('score', () => {
  it('matches events on type, actor and a shared target, and keeps the misses and spurious events', () => {
    const r = score(gold, pred);
    expect(r.eventsActor).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(r.eventsFull).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(r.missed.map((m) => m.type)).toEqual(['WARNS']);
    expect(r.spurious.map((s) => s.rule).sort()).toEqual(['r2', 'r3']);
    expect(r.states).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(r.organizations.tp).toBe(1);
    expect(formatReport(r, { explain: true })).toContain('spurious ACCUSES POL -> UKR [asserted] rule r3');
  });

  it('gives the same figures as the shared scorer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-score-'));
    writeFileSync(join(dir, 'gold.jsonl'), gold.map((g) => JSON.stringify(g)).join('\n'));
    writeFileSync(join(dir, 'pred.jsonl'), pred.map((p) => JSON.stringify(p)).join('\n'));
    const out = execFileSync('node', ['../shared/eval/score.mjs', '--gold', join(dir, 'gold.jsonl'), '--pred', join(dir, 'pred.jsonl'), '--json'], { encoding: 'utf8' });
    const shared = JSON.parse(out);
    const { missed, spurious, ...ours } = score(gold, pred);
    expect(ours).toEqual(shared);
  });
});
