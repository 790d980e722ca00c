/**
 * Hand-built mention layers for the event-stage tests: the event rules are a pure
 * stage over a MentionLayer, so the tests pin them without the mention stage.
 * Each entity lists the surfaces that refer to it; every whole-word occurrence becomes a
 * mention (longest surface first, no overlaps). Sentences come from `splitSentences`.
 */
import type { Article } from '../../../src/domain/article.ts';
import type { Entity } from '../../../src/domain/graph.ts';
import { extractEvents } from '../../../src/extract/events/index.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import type { Mention, MentionLayer } from '../../../src/extract/types.ts';

export interface FixtureEntity extends Entity { surfaces: string[]; via?: Mention['via'] }

export const RUS: FixtureEntity = { id: 'state:RUS', kind: 'State', name: 'Russia', iso3: 'RUS', surfaces: ['Russia', 'Russian', 'Moscow', 'Kremlin', 'Russia’s', 'Russians'] };
export const UKR: FixtureEntity = { id: 'state:UKR', kind: 'State', name: 'Ukraine', iso3: 'UKR', surfaces: ['Ukraine', 'Ukrainian', 'Kyiv', 'Kiev'] };
export const USA: FixtureEntity = { id: 'state:USA', kind: 'State', name: 'United States', iso3: 'USA', surfaces: ['United States', 'U.S.', 'US', 'Washington', 'American'] };
export const CHN: FixtureEntity = { id: 'state:CHN', kind: 'State', name: 'China', iso3: 'CHN', surfaces: ['China', 'Chinese', 'Beijing'] };
export const IRN: FixtureEntity = { id: 'state:IRN', kind: 'State', name: 'Iran', iso3: 'IRN', surfaces: ['Iran', 'Iranian', 'Tehran'] };
export const QAT: FixtureEntity = { id: 'state:QAT', kind: 'State', name: 'Qatar', iso3: 'QAT', surfaces: ['Qatar', 'Qatari'] };
export const EU: FixtureEntity = { id: 'org:european-union', kind: 'Organization', name: 'European Union', surfaces: ['European Union', 'EU'] };
export const ISTANBUL: FixtureEntity = { id: 'place:istanbul', kind: 'Place', name: 'Istanbul', surfaces: ['Istanbul'] };
export const GENEVA: FixtureEntity = { id: 'place:geneva', kind: 'Place', name: 'Geneva', surfaces: ['Geneva'] };
export const PUTIN: FixtureEntity = { id: 'person:putin-v', kind: 'Person', name: 'Vladimir Putin', roles: [{ title: 'President', of: 'state:RUS' }], surfaces: ['Vladimir Putin', 'Putin'] };
export const TRUMP: FixtureEntity = { id: 'person:trump-d', kind: 'Person', name: 'Donald Trump', roles: [{ title: 'President', of: 'state:USA' }], surfaces: ['Donald Trump', 'Trump'] };
export const ZELENSKYY: FixtureEntity = { id: 'person:zelenskyy-v', kind: 'Person', name: 'Volodymyr Zelenskyy', roles: [{ title: 'President', of: 'state:UKR' }], surfaces: ['Volodymyr Zelenskyy', 'Zelenskyy'] };
export const PESKOV: FixtureEntity = { id: 'person:peskov-d', kind: 'Person', name: 'Dmitry Peskov', roles: [{ title: 'Kremlin spokesperson', of: 'state:RUS' }], surfaces: ['Dmitry Peskov', 'Peskov'] };
export const UMEROV: FixtureEntity = { id: 'person:umerov-r', kind: 'Person', name: 'Rustem Umerov', roles: [{ title: 'Security Council Secretary', of: 'state:UKR' }], surfaces: ['Rustem Umerov', 'Umerov'] };

export function article(body: string, published: string | null = null, title: string | null = null): Article {
  return { id: 'fixture', sourceId: 'fixture', url: null, title, dateline: null, body, published, source: null, language: 'en', authors: [], origin: 'fixture' };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function layerOf(a: Article, ents: FixtureEntity[]): MentionLayer {
  const sentences = splitSentences(a);
  const surfaces = ents.flatMap((e) => e.surfaces.map((s) => ({ s, e }))).sort((x, y) => y.s.length - x.s.length);
  const mentions: Mention[] = [];
  for (const field of ['title', 'body'] as const) {
    const text = field === 'title' ? a.title ?? '' : a.body;
    const taken: [number, number][] = [];
    for (const { s, e } of surfaces) {
      const re = new RegExp(`(?<![\\w])${escape(s)}(?![\\w])`, 'g');
      for (let m; (m = re.exec(text));) {
        const start = m.index, end = start + s.length;
        if (taken.some(([x, y]) => start < y && x < end)) continue;
        taken.push([start, end]);
        const sentence = sentences.find((t) => t.field === field && t.start <= start && end <= t.end);
        if (!sentence) continue;
        mentions.push({ field, start, end, text: s, sentence: sentence.index, entityId: e.id, kind: e.kind, via: e.via ?? 'name' });
      }
    }
  }
  mentions.sort((x, y) => x.sentence - y.sentence || x.start - y.start);
  const entities = new Map<string, Entity>(ents.map(({ surfaces: _s, via: _v, ...e }) => [e.id, e]));
  return { sentences, mentions, entities };
}

/**
 * Runs the event stage on `body` over a layer of `entities`, and gives each event also as
 * one readable row: `TYPE actor -> targets modality` (states by ISO3, others by name).
 */
export function runEvents(body: string, entities: FixtureEntity[], published: string | null = null) {
  const a = article(body, published);
  const layer = layerOf(a, entities);
  const out = extractEvents(a, layer);
  const short = (id: string) => layer.entities.get(id)?.iso3 ?? layer.entities.get(id)?.name ?? id;
  const rows = out.events.map((e) => `${e.type} ${short(e.actor)} -> ${e.targets.map(short).join(',')} ${e.modality}`);
  return { ...out, rows };
}
