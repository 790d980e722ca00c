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
  // Each party's count, in a map to find it and a list in order of first mention (to rank without copying the map).
  const parties = new Map<string, Count>();
  const list: Count[] = [];
  const mentions = layer.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const id = m.kind === 'Person' ? stateOf(m.entityId) : m.kind === 'State' || m.kind === 'Organization' ? m.entityId : null;
    if (!id) continue;
    const p = parties.get(id);
    if (p) p.n += m.kind === 'Person' ? 0.5 : 1;
    else { const c: Count = { id, n: m.kind === 'Person' ? 0.5 : 1, first: i }; parties.set(id, c); list.push(c); }
  }
  // Filtered before it is sorted: the order is total (no two parties share a first mention), so the result is the same.
  const rankedParties = rankCounts(list.filter((c) => {
    const e = layer.entities.get(c.id);
    return e?.kind === 'State' || (e?.kind === 'Organization' && !NON_ACTOR.test(e.name));
  }));
  // Persons are ranked only for "the two leaders" and the like, which few articles have: on first use.
  let rankedPersons: string[] | null = null;
  return {
    top: (n, person) => (person ? (rankedPersons ??= rankCounts([...personCounts(mentions).values()])) : rankedParties).slice(0, n),
    stateOf,
  };
}

/** A party's mention count and first mention. */
interface Count { id: string; n: number; first: number }

/** The ids of `counts`, most mentioned first, earlier first mention breaking ties (sorts `counts` in place). */
function rankCounts(counts: Count[]): string[] {
  return counts.sort((a, b) => b.n - a.n || a.first - b.first).map((c) => c.id);
}

/** Mention counts and first mentions of the article's persons. */
function personCounts(mentions: MentionLayer['mentions']): Map<string, Count> {
  const persons = new Map<string, Count>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'Person') continue;
    const p = persons.get(m.entityId);
    if (p) p.n++; else persons.set(m.entityId, { id: m.entityId, n: 1, first: i });
  }
  return persons;
}
