/**
 * The article's most salient parties, used to resolve "the two sides" and to give an
 * event whose sentence names no counterpart the article's main counterpart.
 */
import type { Entity } from '../../domain/graph.ts';
import type { MentionLayer } from '../types.ts';
import { NON_ACTOR } from './lexicon.ts';

export interface Salience {
  /** The `n` most mentioned states and organisations (persons count for the state they act for), or persons. */
  top(n: number, person: boolean): string[];
  /** The state an entity acts for: itself for a state, the role's state for a person. */
  stateOf(id: string): string | null;
}

/** Ranks parties by mention count, earlier first mention breaking ties. */
export function articleSalience(layer: MentionLayer): Salience {
  const stateOfCache = new Map<string, string | null>();
  const stateOf = (id: string): string | null => {
    const known = stateOfCache.get(id); // (undefined: not read yet; a state is a string or null)
    if (known !== undefined) return known;
    const e: Entity | undefined = layer.entities.get(id);
    let s: string | null = null;
    if (e?.kind === 'State') s = id;
    else if (e?.kind === 'Person' && e.roles) {
      // The first role held for a state.
      for (const r of e.roles) if (r.of && layer.entities.get(r.of)?.kind === 'State') { s = r.of; break; }
    }
    stateOfCache.set(id, s);
    return s;
  };
  const parties = new Map<string, { n: number; first: number }>();
  const mentions = layer.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const id = m.kind === 'Person' ? stateOf(m.entityId) : m.kind === 'State' || m.kind === 'Organization' ? m.entityId : null;
    if (!id) continue;
    const p = parties.get(id);
    if (p) p.n += m.kind === 'Person' ? 0.5 : 1; else parties.set(id, { n: m.kind === 'Person' ? 0.5 : 1, first: i });
  }
  const rank = (m: Map<string, { n: number; first: number }>) =>
    [...m.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([id]) => id);
  const rankedParties = rank(parties).filter((id) => {
    const e = layer.entities.get(id);
    return e?.kind === 'State' || (e?.kind === 'Organization' && !NON_ACTOR.test(e.name));
  });
  // Persons are ranked only for "the two leaders" and the like, which few articles have: on first use.
  let rankedPersons: string[] | null = null;
  return {
    top: (n, person) => (person ? (rankedPersons ??= rank(personCounts(mentions))) : rankedParties).slice(0, n),
    stateOf,
  };
}

/** Mention counts and first mentions of the article's persons. */
function personCounts(mentions: MentionLayer['mentions']): Map<string, { n: number; first: number }> {
  const persons = new Map<string, { n: number; first: number }>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'Person') continue;
    const p = persons.get(m.entityId);
    if (p) p.n++; else persons.set(m.entityId, { n: 1, first: i });
  }
  return persons;
}
