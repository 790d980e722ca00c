/**
 * The statements of one batch's transaction, in order, and which rows each one takes.
 *
 * 1. `write/claim-articles` MERGEs the batch's Article nodes and returns the ones it
 *    created: only those articles are written (the rest are in the graph already), and
 *    the unique key's lock makes a second writer of the same article pass it over.
 * 2. `write/entities` MERGEs every entity (all kinds, one statement) and returns their
 *    element ids.
 * 3. The relationships, which find both ends by element id (`$nodes`, built from 1 and
 *    2): entities before the relationships that use them, each statement a MERGE where
 *    another article may have drawn the same relationship, a CREATE where the article or
 *    the event is new in this transaction.
 *
 * All in one transaction: a committed Article node means its whole article is in the
 * graph, and a killed run leaves no half-written article.
 */
import { EVENT_TYPES } from '../../domain/graph.ts';
import type { EntityKind } from '../../domain/graph.ts';
import { ENTITY_KINDS, LINK_TYPES, sortBy, type EntityRow, type EventRow, type LinkRow, type LinkType, type Props, type WriteRows } from './rows.ts';

/** The statement that creates the batch's new Article nodes and returns them (`$rows`: ArticleRow[]). */
export const CLAIM_ARTICLES = 'write/claim-articles';
/** The statement that writes every entity and returns its element id (`$rows`: EntityWriteRow[]). */
export const ENTITIES = 'write/entities';

/** What a statement's created nodes are counted as in the seed summary. */
export type Tally = 'entities' | 'events' | 'articles' | 'relationships';

export interface PlannedStatement {
  /** Statement name in the registry: `cypher/<name>.cypher`. */
  name: string;
  rows: (rows: WriteRows) => readonly unknown[];
  tally: Tally;
}

/** A `write/entities` row: an entity of any kind. */
export interface EntityWriteRow extends EntityRow {
  kind: EntityKind;
}

/** Every entity of the batch with its kind, sorted by id (one lock order for every writer). */
export function entityRows(r: WriteRows): EntityWriteRow[] {
  return sortBy(ENTITY_KINDS.flatMap((kind) => r.entities[kind].map((e) => ({ ...e, kind }))), (e) => e.id);
}

/** A `write/links` row: a structural relationship of any type. */
export interface LinkWriteRow extends LinkRow {
  type: LinkType;
}

/** Every structural relationship of the batch, sorted by from, to and type. */
export function linkRows(r: WriteRows): LinkWriteRow[] {
  const rows = LINK_TYPES.flatMap((type) => r.links[type].map((l) => ({ ...l, type })));
  return sortBy(rows, (l) => `${l.from}\u0000${l.to}\u0000${l.type}`);
}

/** A `write/events` row: the event, the ends of the relationships that hang off it, and its reports. */
export interface EventWriteRow extends EventRow {
  /** The object, when the article defines it (zero or one id). */
  objectIds: string[];
  /** The targets the article defines. */
  targetIds: string[];
  /** The ends of the typed relationship (the object, else each target). */
  ends: string[];
  /** One per article of the batch that reports the event. */
  reports: { article: string; props: Props }[];
}

/**
 * One row per event (sorted by id, as `r.events`), carrying its OBJECT, TARGET,
 * typed-relationship ends and REPORTED_IN, so that one statement writes the event and
 * all that hangs off it.
 */
export function eventRows(r: WriteRows): EventWriteRow[] {
  const rows = new Map<string, EventWriteRow>(r.events.map((e) => [e.id, { ...e, objectIds: [], targetIds: [], ends: [], reports: [] }]));
  for (const o of r.eventObjects) rows.get(o.event)?.objectIds.push(o.to);
  for (const t of r.eventTargets) rows.get(t.event)?.targetIds.push(t.to);
  for (const type of EVENT_TYPES) for (const a of r.actions[type]) rows.get(a.event)?.ends.push(a.to);
  for (const p of r.reports) rows.get(p.event)?.reports.push({ article: p.article, props: p.props });
  return [...rows.values()];
}

/** The statements after the two that return element ids, in order. */
export const WRITE_PLAN: readonly PlannedStatement[] = [
  { name: 'write/acts-for', rows: (r) => r.actsFor, tally: 'relationships' },
  { name: 'write/links', rows: linkRows, tally: 'relationships' },
  // Events with their ACTOR, OBJECT, TARGET, typed and REPORTED_IN relationships, in one statement.
  { name: 'write/events', rows: eventRows, tally: 'events' },
  { name: 'write/mentions', rows: (r) => r.mentions, tally: 'relationships' },
];
