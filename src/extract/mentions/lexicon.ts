/**
 * The lexicons of `../lexicon/*.json`, compiled once at module load into gazetteers.
 * Every lexical surface form maps to one or more targets (a capital is its state and a place).
 */
import type { EntityKind } from '../../domain/graph.ts';
import type { MentionVia } from '../types.ts';
import statesJson from '../lexicon/states.json' with { type: 'json' };
import orgsJson from '../lexicon/organizations.json' with { type: 'json' };
import placesJson from '../lexicon/places.json' with { type: 'json' };
import officesJson from '../lexicon/offices.json' with { type: 'json' };
import personsJson from '../lexicon/persons.json' with { type: 'json' };
import { buildGazetteer, type Gazetteer } from './gazetteer.ts';
import { slug } from './slug.ts';

export interface LexTarget {
  kind: EntityKind;
  id: string;
  name: string;
  via: MentionVia;
  iso3?: string;
  /** Counts only when not part of a longer capitalised name. */
  ambiguous?: boolean;
  /** Counts only after the entity was named another way in the article. */
  contextual?: boolean;
}

export interface Office { title: string; contextual: boolean }

export interface KnownPerson {
  name: string; surnames: string[]; given: string[]; aliases?: string[];
  state?: string; org?: string; title?: string; familyFirst?: boolean; fullOnly?: boolean;
}

export const stateName = new Map<string, string>();
export const orgName = new Map<string, string>();

const ambiguous = new Set(statesJson.ambiguous);
export const vetoBefore = statesJson.vetoBefore as Record<string, string[]>;
export const vetoAfter = statesJson.vetoAfter as Record<string, string[]>;

const ambiguousOrgs = new Set(orgsJson.ambiguous as string[]);

function* lexicalEntries(): Generator<[string, LexTarget]> {
  for (const o of orgsJson.organizations as Array<{ name: string; aliases: string[]; contextAliases?: string[] }>) {
    const id = `org:${slug(o.name)}`;
    orgName.set(id, o.name);
    yield [o.name, { kind: 'Organization', id, name: o.name, via: 'name', ambiguous: ambiguousOrgs.has(o.name) }];
    if (o.name.startsWith('The ')) yield [o.name.slice(4), { kind: 'Organization', id, name: o.name, via: 'name' }];
    for (const a of o.aliases) yield [a, { kind: 'Organization', id, name: o.name, via: /^[A-Z0-9.+-]+$/.test(a) ? 'acronym' : 'alias', ambiguous: ambiguousOrgs.has(a) }];
    for (const a of o.contextAliases ?? []) yield [a, { kind: 'Organization', id, name: o.name, via: 'alias', contextual: true }];
  }
  for (const s of statesJson.states) {
    const id = `state:${s.iso3}`;
    stateName.set(id, s.name);
    const t = (via: MentionVia, text: string): [string, LexTarget] =>
      [text, { kind: 'State', id, name: s.name, via, iso3: s.iso3, ambiguous: ambiguous.has(text) }];
    for (const n of s.names) yield t(/^[A-Z.]+$/.test(n) ? 'acronym' : 'name', n);
    for (const n of s.demonyms) yield t('demonym', n);
    for (const n of s.capitals) yield t('capital', n);
    for (const n of s.metonyms) yield t('metonym', n);
  }
  for (const p of placesJson.places as Array<{ name: string; aliases?: string[] }>) {
    const id = `place:${slug(p.name)}`;
    for (const n of [p.name, ...(p.aliases ?? [])]) yield [n, { kind: 'Place', id, name: p.name, via: 'name', ambiguous: ambiguous.has(n) }];
  }
}

function group(entries: Iterable<[string, LexTarget]>): Array<[string, LexTarget[]]> {
  const m = new Map<string, LexTarget[]>();
  for (const [text, t] of entries) {
    const list = m.get(text) ?? [];
    // Every target with the same fields in the same order (one object shape for V8 wherever targets are read).
    if (!list.some((x) => x.id === t.id)) list.push({ kind: t.kind, id: t.id, name: t.name, via: t.via, iso3: t.iso3, ambiguous: t.ambiguous, contextual: t.contextual });
    m.set(text, list);
  }
  return [...m];
}

/** States, organisations and places by surface form (case-sensitive). */
export const LEXICAL: Gazetteer<LexTarget[]> = buildGazetteer(group(lexicalEntries()));

/** Offices by surface form (case-insensitive). */
export const OFFICES: Gazetteer<Office> = buildGazetteer(
  officesJson.offices.flatMap((o) => o.forms.map((f) => [f, { title: o.title, contextual: o.contextual ?? false }] as [string, Office])), true);

/** State organs that, qualified by a state, are the state ("Russia's Foreign Ministry"). */
export const ORGANS: Gazetteer<true> = buildGazetteer(officesJson.organOfState.map((f) => [f, true] as [string, true]), true);

export const HONORIFICS = new Set(officesJson.honorifics.map((h) => h.replace(/\.$/, '')));

export const KNOWN_PERSONS = personsJson.persons as KnownPerson[];
