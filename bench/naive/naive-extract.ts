/**
 * The naive baseline of issue 4, "written in an afternoon": compromise finds people,
 * organisations and places, a country list finds states, a trigger-verb list finds events,
 * and the nearest mention before a trigger is its actor, the nearest one after it its
 * target. Every event is `asserted`, undated and has no object. It exists only to give
 * `bench:extract` a yardstick for speed and `score.mjs` one for quality; it is deliberately
 * not improved.
 */
import nlp from 'compromise';
import type { Article } from '../../src/domain/article.ts';
import type { ArticleGraph, Entity, EntityKind, Event } from '../../src/domain/graph.ts';
import { COMMON_NAME, countryByName, findCountries } from './countries.ts';
import { CAMEO, findTriggers } from './triggers.ts';

interface Mention { entity: string; start: number; end: number }
interface Span { text: string; start: number; end: number }

/** compromise's `json({ offset: true })` rows as spans of `source`. */
const spans = (source: string, view: { json: (o: object) => unknown[] }): Span[] =>
  (view.json({ offset: true, terms: false }) as { offset: { start: number; length: number } }[]).map(({ offset: o }) => (
    { text: source.slice(o.start, o.start + o.length), start: o.start, end: o.start + o.length }));

/** Trims the punctuation and possessive compromise leaves on a match. */
const clean = (s: string): string => s.replace(/['’]s$/u, '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const lastWord = (s: string): string => s.slice(s.lastIndexOf(' ') + 1);

/** Extracts an `ArticleGraph` the naive way (see the file comment). Pure and deterministic. */
export function naiveExtract(article: Article): ArticleGraph {
  const text = article.body;
  const doc = nlp(text);
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const add = (kind: EntityKind, id: string, name: string, span: Span | { start: number; end: number }, iso3?: string): void => {
    const known = entities.get(id);
    if (!known) entities.set(id, iso3 ? { id, kind, name, iso3 } : { id, kind, name });
    else if (name !== known.name && !(known.aliases ?? []).includes(name)) {
      // The longer form is the name ("Ivan Zhuk" over "Zhuk").
      const [long, short] = name.length > known.name.length ? [name, known.name] : [known.name, name];
      known.name = long;
      known.aliases = [...(known.aliases ?? []).filter((a) => a !== long), short];
    }
    if (kind !== 'Place') mentions.push({ entity: id, start: span.start, end: span.end });
  };

  for (const c of findCountries(text)) add('State', `naive:state:${c.iso3}`, COMMON_NAME.get(c.iso3) ?? c.name, c, c.iso3);
  // People are keyed by surname, so "Zhuk" joins "Ivan Zhuk".
  for (const p of spans(text, doc.people().not('(#Honorific|#Actor)'))) {
    const name = clean(p.text);
    if (name && !countryByName(name)) add('Person', `naive:person:${slug(lastWord(name))}`, name, p);
  }
  for (const o of spans(text, doc.organizations())) {
    const name = clean(o.text);
    if (name && !countryByName(name)) add('Organization', `naive:org:${slug(name)}`, name, o);
  }
  for (const pl of spans(text, doc.places())) {
    const name = clean(pl.text);
    if (name && !countryByName(name)) add('Place', `naive:place:${slug(name)}`, name, pl);
  }
  mentions.sort((a, b) => a.start - b.start);

  const triggers = findTriggers(text);
  const events: Event[] = [];
  for (const s of spans(text, doc.sentences())) {
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    for (const t of triggers) {
      if (t.start < s.start || t.end > s.end) continue;
      const before = inside.filter((m) => m.end <= t.start);
      const actor = before[before.length - 1] ?? inside.find((m) => m.start >= t.end);
      if (!actor) continue;
      const target = inside.find((m) => m.start >= t.end && m.entity !== actor.entity);
      const targets = target ? [target.entity] : [];
      events.push({
        id: `naive:${t.type}:${actor.entity}:${targets.join(',')}:${t.start}`,
        type: t.type, actor: actor.entity, object: null, targets,
        modality: 'asserted', date: null,
        evidence: s.text, span: [s.start, s.end], field: 'body',
        confidence: 0.5, rule: `naive:trigger:${t.form}`, cameo: CAMEO[t.type],
      });
    }
  }

  return {
    article: {
      id: article.id, sourceId: article.sourceId, url: article.url, title: article.title,
      published: article.published, dateline: article.dateline, origin: article.origin,
      source: article.source, language: article.language,
    },
    entities: [...entities.values()],
    events,
  };
}
