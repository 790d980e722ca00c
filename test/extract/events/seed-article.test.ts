/**
 * The mission's sample article (../shared/seed-article.txt, read in place): the whole
 * extraction must give at least the events the issue lists, recall >= 0.85.
 * Its publication date is unknown, so no event or deadline may carry a date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const body = readFileSync(new URL('../../../../shared/seed-article.txt', import.meta.url), 'utf8');
const graph = extractArticle({ id: 'seed', sourceId: 'seed', url: null, title: null, dateline: null, body, published: null, source: null, language: 'en', authors: [], origin: 'seed-article.txt' });
const byId = new Map(graph.entities.map((e) => [e.id, e]));
const key = (id: string) => byId.get(id)?.iso3 ?? byId.get(id)?.name ?? id;
const stateOf = (id: string) => {
  const e = byId.get(id);
  return e?.iso3 ?? (e?.roles ?? []).map((r) => byId.get(r.of ?? '')?.iso3).find(Boolean);
};
const targetsOf = (e: (typeof graph.events)[number]) =>
  new Set([...e.targets, ...(e.object ? byId.get(e.object)?.parties ?? [] : [])].filter((t) => t !== e.actor).flatMap((t) => [key(t), stateOf(t)]));

/** [type, actor (name or ISO3), a target state, modality or null for any]. */
const EXPECTED: [string, string, string, string | null][] = [
  ['PROPOSES', 'Vladimir Putin', 'UKR', 'asserted'],
  ['DEMANDS', 'RUS', 'UKR', null],
  ['PROPOSES', 'Donald Trump', 'RUS', 'asserted'],
  ['PROPOSES', 'UKR', 'RUS', 'asserted'],
  ['PROPOSES', 'Rustem Umerov', 'RUS', null],
  ['AIDS', 'Donald Trump', 'UKR', null],
  ['WARNS', 'Donald Trump', 'RUS', 'conditional'],
  ['MEETS', 'RUS', 'UKR', 'asserted'],
  ['MEETS', 'UKR', 'RUS', 'asserted'],
  ['AGREED', 'RUS', 'UKR', 'negated'],
  ['AGREED', 'UKR', 'RUS', 'negated'],
  ['AGREED', 'RUS', 'UKR', 'asserted'],
  ['AGREED', 'UKR', 'RUS', 'asserted'],
];

const found = (type: string, actor: string, target: string, modality: string | null) =>
  graph.events.find((e) => e.type === type && key(e.actor) === actor && targetsOf(e).has(target) && (!modality || e.modality === modality));

describe('the sample article', () => {
  it('gives the events the issue lists (recall >= 0.85)', () => {
    const missing = EXPECTED.filter((x) => !found(...x));
    expect(missing, JSON.stringify(missing)).toHaveLength(0);
    expect(1 - missing.length / EXPECTED.length).toBeGreaterThanOrEqual(0.85);
  });

  it('holds the threat of secondary sanctions, conditional, with no invented deadline', () => {
    const warn = found('WARNS', 'Donald Trump', 'RUS', 'conditional')!;
    const sanction = byId.get(warn.object ?? '');
    expect(sanction).toMatchObject({ kind: 'Sanction', subtype: 'secondary-sanctions', status: 'THREATENED', deadline: null });
    expect(sanction?.condition).toMatch(/fails to agree/);
  });

  it('places the two rounds of talks in Istanbul', () => {
    const meets = found('MEETS', 'RUS', 'UKR', 'asserted')!;
    const talks = byId.get(meets.object ?? '');
    expect(talks?.kind).toBe('Talks');
    expect(['HELD', 'STALLED']).toContain(talks?.status); // held in Istanbul, stalled since June
    expect(byId.get(talks?.place ?? '')?.name).toBe('Istanbul');
  });

  it('keeps Peskov as the speaker of the Kremlin\'s stance', () => {
    const putin = found('PROPOSES', 'Vladimir Putin', 'UKR', 'asserted')!;
    expect(key(putin.speaker ?? '')).toBe('Dmitry Peskov');
    expect(graph.events.some((e) => e.type === 'DEMANDS' && key(e.actor) === 'RUS' && key(e.speaker ?? '') === 'Dmitry Peskov')).toBe(true);
  });

  it('invents no date: the publication date is unknown', () => {
    expect(graph.events.every((e) => e.date === null)).toBe(true);
  });
});
