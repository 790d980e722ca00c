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
 *    another article may have drawn the same relationship, a CREATE where the article,
 *    the event or the start node is new in this transaction. These statements depend only
 *    on 1 and 2, so they are sent together (pipelined in the one transaction, run by the
 *    server in this order): Node packs the next while Neo4j runs the one before.
 *
 * All in one transaction: a committed Article node means its whole article is in the
 * graph, and a killed run leaves no half-written article.
 */
import { EVENT_TYPES } from '../../domain/graph.ts';
import type { EntityKind } from '../../domain/graph.ts';
import { ENTITY_KINDS, LINK_TYPES, sortBy, type EntityRow, type EventRow, type LinkRow, type LinkType, type MentionRow, type Props, type WriteRows } from './rows.ts';

/** The statement that creates the batch's new Article nodes and returns them (`$rows`: ArticleRow[]). */
export const CLAIM_ARTICLES = 'write/claim-articles';
/** The statement that writes every entity and returns its element id (`$rows`: EntityWriteRow[]). */
export const ENTITIES = 'write/entities';

/** What a statement's created nodes are counted as in the seed summary. */
export type Tally = 'entities' | 'events' | 'articles' | 'relationships';

export interface PlannedStatement {
  /** Statement name in the registry: `cypher/<name>.cypher`. */
  name: string;
  /** Its rows; `created`: the ids of the entities `write/entities` created in this transaction. */
  rows: (rows: WriteRows, created: ReadonlySet<string>) => readonly unknown[];
  /** The natural ids a row finds by element id (its statement is sent only those of `$nodes`). */
  ends: (row: never) => Iterable<string>;
  tally: Tally;
}

/** A planned statement, its rows' type checked against the ids it reads from them. */
function planned<R>(s: { name: string; rows: (rows: WriteRows, created: ReadonlySet<string>) => readonly R[]; ends: (row: R) => Iterable<string>; tally: Tally }): PlannedStatement {
  return s as PlannedStatement;
}

/**
 * The part of `nodes` (natural id → element id) that `rows` use: each statement is sent
 * the element ids of its own rows only, not every node of the batch.
 */
export function nodesOf(statement: PlannedStatement, rows: readonly unknown[], nodes: Readonly<Record<string, string>>): Record<string, string> {
  const ends = statement.ends as (row: unknown) => Iterable<string>;
  const used: Record<string, string> = {};
  for (const row of rows) for (const id of ends(row)) if (nodes[id] !== undefined) used[id] = nodes[id];
  return used;
}

/** A `write/entities` row: an entity of any kind. */
export interface EntityWriteRow extends EntityRow {
  kind: EntityKind;
  /** The aliases joined with ` | ` (what a new node's `aliasText` is). */
  aliasText: string;
}

/** Every entity of the batch with its kind, sorted by id (one lock order for every writer). */
export function entityRows(r: WriteRows): EntityWriteRow[] {
  return sortBy(ENTITY_KINDS.flatMap((kind) => r.entities[kind].map((e) => ({ ...e, kind, aliasText: e.aliases.join(' | ') }))), (e) => e.id);
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

/** The structural relationships whose start node this transaction created (CREATEd: `write/links-new`). */
export function newLinkRows(r: WriteRows, created: ReadonlySet<string>): LinkWriteRow[] {
  return linkRows(r).filter((l) => created.has(l.from));
}

/** The structural relationships from a node that was in the graph already (MERGEd: `write/links`). */
export function oldLinkRows(r: WriteRows, created: ReadonlySet<string>): LinkWriteRow[] {
  return linkRows(r).filter((l) => !created.has(l.from));
}

const linkEnds = (l: LinkRow): string[] => [l.from, l.to];

/** The statements after the two that return element ids, in order. */
export const WRITE_PLAN: readonly PlannedStatement[] = [
  planned({ name: 'write/acts-for', rows: (r) => r.actsFor, ends: linkEnds, tally: 'relationships' }),
  planned({ name: 'write/links-new', rows: newLinkRows, ends: linkEnds, tally: 'relationships' }),
  planned({ name: 'write/links', rows: oldLinkRows, ends: linkEnds, tally: 'relationships' }),
  // Events with their ACTOR, OBJECT, TARGET, typed and REPORTED_IN relationships, in one statement.
  planned({
    name: 'write/events',
    rows: eventRows,
    ends: (e: EventWriteRow) => [e.actor, ...e.objectIds, ...e.targetIds, ...e.ends, ...e.reports.map((p) => p.article)],
    tally: 'events',
  }),
  planned({ name: 'write/mentions', rows: (r) => r.mentions, ends: (m: MentionRow) => [m.article, m.entity], tally: 'relationships' }),
];
