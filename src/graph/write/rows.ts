/**
 * The pure half of the batch writer: a batch of extracted article graphs becomes one
 * array of rows per write statement (`cypher/write/*.cypher`), with no database.
 *
 * - Rows are deduplicated within the batch with the same rules the statements apply
 *   across batches (name: first seen; aliases: sorted union; other attributes: last
 *   non-null seen; confidence: highest), so batch boundaries never change the graph.
 * - Every array is sorted by its key, so concurrent writers take locks in the same
 *   order and hub nodes (states) do not deadlock.
 * - A relationship is written only when the article defines both of its ends; a
 *   reference to an entity the article does not define is counted in `dangling`.
 */
import type { ArticleGraph, ArticleHeader, Entity, EntityKind, Event, EventType } from '../../domain/graph.ts';
import { EVENT_TYPES } from '../../domain/graph.ts';

/** Properties that change as later articles tell more (status, dates …), nulls removed. */
export type Props = Record<string, string | number | boolean>;

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  props: Props;
}

export interface LinkRow {
  from: string;
  to: string;
}

export interface ActsForRow extends LinkRow {
  /** The first title read. */
  title: string;
  /** Every title read in the batch, sorted. */
  titles: string[];
}

export interface EventRow {
  id: string;
  type: EventType;
  cameo: string;
  modality: string;
  date: string | null;
  confidence: number;
  actor: string;
  object: string | null;
  targets: string[];
}

/** `(actor)-[:TYPE {event}]->(object, else each target)`. */
export interface ActionRow extends LinkRow {
  event: string;
  modality: string;
  date: string | null;
  cameo: string;
}

/** `(:Event)-[:ACTOR|OBJECT|TARGET]->(entity)`. */
export interface EventLinkRow {
  event: string;
  to: string;
}

export interface ReportRow {
  event: string;
  article: string;
  props: Props;
}

export interface MentionRow {
  article: string;
  entity: string;
  count: number;
}

export interface ArticleRow {
  id: string;
  props: Props;
}

/** Entity labels in the order they are written. */
export const ENTITY_KINDS: readonly EntityKind[] = [
  'State', 'Organization', 'Person', 'Place', 'Talks', 'Sanction', 'Agreement', 'Aid',
];

/** The structural relationships between entities, in the order they are written. */
export const LINK_TYPES = ['PARTY', 'HELD_IN', 'TARGETS', 'IMPOSED_BY', 'DONOR', 'RECIPIENT'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export interface WriteRows {
  entities: Record<EntityKind, EntityRow[]>;
  actsFor: ActsForRow[];
  links: Record<LinkType, LinkRow[]>;
  events: EventRow[];
  eventActors: EventLinkRow[];
  eventObjects: EventLinkRow[];
  eventTargets: EventLinkRow[];
  actions: Record<EventType, ActionRow[]>;
  articles: ArticleRow[];
  reports: ReportRow[];
  mentions: MentionRow[];
  /** Article ids in the batch (after deduplication), sorted. */
  articleIds: string[];
  /** Events read in the batch's articles (reports, before equal facts are merged). */
  eventsRead: number;
  /** References to entities the article does not define (the relationship is not written). */
  dangling: number;
}

/** An entity as extraction may send it: a mention count is used when present. */
type EntityIn = Entity & { mentions?: number };

/** `rows` sorted by `key` (code-unit order), each key computed once. */
export function sortBy<T>(rows: Iterable<T>, key: (row: T) => string): T[] {
  const keyed = Array.from(rows, (row) => ({ k: key(row), row }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.row);
}
const linkKey = (r: LinkRow): string => `${r.from}\u0000${r.to}`;

/** Drops null and undefined values, so `SET n += props` never erases what an earlier article told. */
export function compact(values: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

function entityProps(e: Entity): Props {
  switch (e.kind) {
    case 'State':
      return compact({ iso3: e.iso3 });
    case 'Talks':
      return compact({ status: e.status, date: e.date, round: e.round });
    case 'Sanction':
      return compact({ subtype: e.subtype, status: e.status, deadline: e.deadline, condition: e.condition });
    case 'Agreement':
    case 'Aid':
      return compact({ subtype: e.subtype, status: e.status });
    default:
      return {};
  }
}

function mergeEntity(into: EntityRow, e: Entity): void {
  const aliases = new Set([...into.aliases, ...(e.aliases ?? [])]);
  into.aliases = [...aliases].sort();
  Object.assign(into.props, entityProps(e));
}

function recordOf<K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, make(k)])) as Record<K, V>;
}

/** An article's own row: its id and properties, nulls dropped. */
export function articleRow(a: ArticleHeader): ArticleRow {
  return {
    id: a.id,
    props: compact({
      sourceId: a.sourceId, url: a.url, title: a.title, source: a.source, published: a.published,
      dateline: a.dateline, origin: a.origin, language: a.language,
    }),
  };
}

/** The batch's articles, each id once (its first graph), sorted by id: what `write/claim-articles` takes. */
export function articleRows(graphs: readonly ArticleGraph[]): ArticleRow[] {
  const rows = new Map<string, ArticleRow>();
  for (const g of graphs) if (!rows.has(g.article.id)) rows.set(g.article.id, articleRow(g.article));
  return sortBy(rows.values(), (r) => r.id);
}

/**
 * Builds the rows of one write batch. Articles are taken in the order given; an article
 * id seen twice keeps its first graph. Pure and deterministic.
 */
export function toRows(graphs: readonly ArticleGraph[]): WriteRows {
  const entities = new Map<string, { kind: EntityKind; row: EntityRow }>();
  const actsFor = new Map<string, ActsForRow>();
  const links = recordOf(LINK_TYPES, () => new Map<string, LinkRow>());
  const events = new Map<string, EventRow>();
  /** Event id → the ends of its typed relationship (its object, else each target). */
  const actionEnds = new Map<string, string[]>();
  const eventActors = new Map<string, EventLinkRow>();
  const eventObjects = new Map<string, EventLinkRow>();
  const eventTargets = new Map<string, EventLinkRow>();
  const reports = new Map<string, { row: ReportRow; confidence: number; start: number }>();
  const mentions = new Map<string, MentionRow>();
  const articles = new Map<string, ArticleRow>();
  let dangling = 0;
  let eventsRead = 0;

  for (const graph of graphs) {
    const a = graph.article;
    if (articles.has(a.id)) continue;
    eventsRead += graph.events.length;
    articles.set(a.id, articleRow(a));

    const defined = new Set(graph.entities.map((e) => e.id));
    const known = (id: string | null | undefined): id is string => {
      if (id === null || id === undefined) return false;
      if (defined.has(id)) return true;
      dangling += 1;
      return false;
    };
    const link = (type: LinkType, from: string, to: string | null | undefined): void => {
      if (known(to)) links[type].set(`${from}\u0000${to}`, { from, to });
    };

    for (const e of graph.entities as EntityIn[]) {
      const seen = entities.get(e.id);
      if (seen) mergeEntity(seen.row, e);
      else entities.set(e.id, { kind: e.kind, row: { id: e.id, name: e.name, aliases: [...new Set(e.aliases ?? [])].sort(), props: entityProps(e) } });

      const mentionKey = `${a.id}\u0000${e.id}`;
      if (!mentions.has(mentionKey)) mentions.set(mentionKey, { article: a.id, entity: e.id, count: e.mentions ?? 1 });

      for (const role of e.roles ?? []) {
        if (!known(role.of)) continue;
        const key = `${e.id}\u0000${role.of}`;
        const seen = actsFor.get(key);
        if (!seen) actsFor.set(key, { from: e.id, to: role.of, title: role.title, titles: [role.title] });
        else if (!seen.titles.includes(role.title)) seen.titles = [...seen.titles, role.title].sort();
      }
      const parties = e.parties ?? [];
      switch (e.kind) {
        case 'Talks':
          for (const p of parties) link('PARTY', e.id, p);
          link('HELD_IN', e.id, e.place);
          break;
        case 'Agreement':
          for (const p of parties) link('PARTY', e.id, p);
          break;
        case 'Sanction':
          for (const p of parties) link('TARGETS', e.id, p);
          link('IMPOSED_BY', e.id, e.by);
          break;
        case 'Aid':
          for (const p of parties) link('RECIPIENT', e.id, p);
          link('DONOR', e.id, e.by);
          break;
        default:
          break;
      }
    }

    for (const ev of graph.events) {
      if (!known(ev.actor)) continue;
      const object = ev.object !== null && known(ev.object) ? ev.object : null;
      const targets = [...new Set(ev.targets)].filter((t) => known(t));
      addEvent(ev, object, targets);
      addReport(ev, a.id);
    }
  }

  function addEvent(ev: Event, object: string | null, targets: string[]): void {
    const seen = events.get(ev.id);
    if (seen) {
      // As if this article came in a batch of its own: the highest confidence, and the
      // OBJECT and TARGET ends this article defines (the typed relationship stays the first's).
      seen.confidence = Math.max(seen.confidence, ev.confidence);
      if (object !== null) eventObjects.set(`${ev.id}\u0000${object}`, { event: ev.id, to: object });
      for (const t of targets) eventTargets.set(`${ev.id}\u0000${t}`, { event: ev.id, to: t });
      return;
    }
    events.set(ev.id, {
      id: ev.id, type: ev.type, cameo: ev.cameo, modality: ev.modality, date: ev.date,
      confidence: ev.confidence, actor: ev.actor, object: ev.object, targets: [...ev.targets],
    });
    eventActors.set(ev.id, { event: ev.id, to: ev.actor });
    if (object !== null) eventObjects.set(`${ev.id}\u0000${object}`, { event: ev.id, to: object });
    for (const t of targets) eventTargets.set(`${ev.id}\u0000${t}`, { event: ev.id, to: t });
    actionEnds.set(ev.id, object !== null ? [object] : targets);
  }

  /** One report per event and article: the most confident sentence, else the first. */
  function addReport(ev: Event, article: string): void {
    const key = `${ev.id}\u0000${article}`;
    const seen = reports.get(key);
    const start = ev.span[0];
    if (seen && (seen.confidence > ev.confidence || (seen.confidence === ev.confidence && seen.start <= start))) return;
    reports.set(key, {
      confidence: ev.confidence,
      start,
      row: {
        event: ev.id,
        article,
        props: compact({
          sentence: ev.evidence, start: ev.span[0], end: ev.span[1], field: ev.field ?? 'body',
          confidence: ev.confidence, modality: ev.modality, rule: ev.rule, speaker: ev.speaker,
        }),
      },
    });
  }

  const actions = recordOf(EVENT_TYPES, () => [] as ActionRow[]);
  for (const ev of events.values()) {
    for (const to of actionEnds.get(ev.id) ?? []) {
      actions[ev.type].push({
        from: ev.actor, to, event: ev.id, modality: ev.modality, date: ev.date, cameo: ev.cameo,
      });
    }
  }

  const byKind = recordOf(ENTITY_KINDS, () => [] as EntityRow[]);
  for (const { kind, row } of sortBy(entities.values(), (x) => x.row.id)) byKind[kind].push(row);

  return {
    entities: byKind,
    actsFor: sortBy(actsFor.values(), linkKey),
    links: recordOf(LINK_TYPES, (t) => sortBy(links[t].values(), linkKey)),
    events: sortBy(events.values(), (r) => r.id),
    eventActors: sortBy(eventActors.values(), (r) => `${r.event}\u0000${r.to}`),
    eventObjects: sortBy(eventObjects.values(), (r) => `${r.event}\u0000${r.to}`),
    eventTargets: sortBy(eventTargets.values(), (r) => `${r.event}\u0000${r.to}`),
    actions: recordOf(EVENT_TYPES, (t) => sortBy(actions[t], (r) => `${linkKey(r)}\u0000${r.event}`)),
    articles: sortBy(articles.values(), (r) => r.id),
    reports: sortBy([...reports.values()].map((x) => x.row), (r) => `${r.event}\u0000${r.article}`),
    mentions: sortBy(mentions.values(), (r) => `${r.article}\u0000${r.entity}`),
    articleIds: [...articles.keys()].sort(),
    eventsRead,
    dangling,
  };
}

