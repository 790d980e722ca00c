/**
 * How a predicted entity or event is compared with a gold one. These are the rules of
 * `../shared/eval/score.mjs` (GOLD-FORMAT.md), so that `parley eval` prints the same
 * figures the project is measured by.
 */
import type { Entity } from '../domain/graph.ts';

export const norm = (s: unknown): string => String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function lev(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** Two forms of one person's name: equal, or one surname (one letter of transliteration allowed) with compatible first names. */
export function sameName(p: string, g: string): boolean {
  const a = norm(p).split(' ').filter(Boolean), b = norm(g).split(' ').filter(Boolean);
  if (!a.length || !b.length) return false;
  if (a.join(' ') === b.join(' ')) return true;
  const sa = a[a.length - 1], sb = b[b.length - 1];
  const surnames = sa === sb || (Math.min(sa.length, sb.length) >= 5 && lev(sa, sb) <= 1);
  if (!surnames) return false;
  if (a.length === 1 || b.length === 1) return true;
  return a[0][0] === b[0][0];
}

const acronym = (s: string): string => norm(s).split(' ').filter((w) => !['of', 'the', 'and', 'for'].includes(w)).map((w) => w[0]).join('');

/** Two names of one organisation: equal, one the acronym of the other, or equal but for a leading "the". */
export function sameOrg(p: string, g: string): boolean {
  const a = norm(p), b = norm(g);
  if (!a || !b) return false;
  return a === b || acronym(p) === b || acronym(g) === a || a.replace(/^the /, '') === b.replace(/^the /, '');
}

export const namesOf = (x: { name?: string; aliases?: string[] }): string[] => [x.name, ...(x.aliases ?? [])].filter((s): s is string => Boolean(s));
export const anyPair = <A, B>(xs: A[], ys: B[], f: (x: A, y: B) => boolean): boolean => xs.some((x) => ys.some((y) => f(x, y)));

/** What an actor or target is, for comparison: a state by code, else a person or organisation by its names. */
export interface Descriptor { kind: string; iso3?: string; names?: string[]; state?: string }

export function sameActor(p: Descriptor | null, g: Descriptor | null): boolean {
  if (!p || !g || p.kind !== g.kind) return false;
  if (g.kind === 'State') return p.iso3 === g.iso3;
  if (g.kind === 'Person') return anyPair(p.names ?? [], g.names ?? [], sameName);
  if (g.kind === 'Organization') return anyPair(p.names ?? [], g.names ?? [], sameOrg);
  return false;
}

export const stateOf = (d: Descriptor | null | undefined): string | undefined => (d?.kind === 'State' ? d.iso3 : d?.state);

/** The descriptor of a predicted entity, with a person's state taken from a role. */
export function predDescriptor(id: string, byId: Map<string, Entity>): Descriptor | null {
  const e = byId.get(id);
  if (!e) return null;
  if (e.kind === 'State') return { kind: 'State', iso3: e.iso3 };
  if (e.kind === 'Person') {
    const stateRole = (e.roles ?? []).map((r) => (r.of ? byId.get(r.of) : undefined)).find((x) => x && x.kind === 'State');
    return { kind: 'Person', names: namesOf(e), state: stateRole?.iso3 };
  }
  return { kind: e.kind, names: namesOf(e) };
}
