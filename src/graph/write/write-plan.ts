/**
 * The order in which a batch's statements run inside its one transaction, and which
 * rows each one takes. Entities come before the relationships that use them; the
 * Article node is written after the facts and before the relationships that end on it
 * (reports and mentions), all in the same transaction, so a committed Article node means
 * its whole article is in the graph and a killed run leaves no half-written article.
 */
import { EVENT_TYPES } from '../../domain/graph.ts';
import { ENTITY_KINDS, LINK_TYPES, type EventRow, type WriteRows } from './rows.ts';

/** What a statement's created nodes are counted as in the seed summary. */
export type Tally = 'entities' | 'events' | 'articles' | 'relationships';

export interface PlannedStatement {
  /** Statement name in the registry: `cypher/<name>.cypher`. */
  name: string;
  rows: (rows: WriteRows) => readonly unknown[];
  tally: Tally;
}

const kebab = (s: string): string => s.toLowerCase().replace(/_/g, '-');

/** The statement that lists which of a batch's article ids are already in the graph (`$ids`). */
export const PRESENT_ARTICLES = 'write/present-articles';

/** A `write/events` row: the event and the ends of the relationships that hang off it. */
export interface EventWriteRow extends EventRow {
  /** The object, when the article defines it (zero or one id). */
  objectIds: string[];
  /** The targets the article defines. */
  targetIds: string[];
  /** The ends of the typed relationship (the object, else each target). */
  ends: string[];
}

/**
 * One row per event (sorted by id, as `r.events`), carrying its OBJECT, TARGET and
 * typed-relationship ends, so that one statement writes the event and all that hangs off
 * it: one plan, one pass, instead of fourteen statements over the same events.
 */
export function eventRows(r: WriteRows): EventWriteRow[] {
  const rows = new Map<string, EventWriteRow>(r.events.map((e) => [e.id, { ...e, objectIds: [], targetIds: [], ends: [] }]));
  for (const o of r.eventObjects) rows.get(o.event)?.objectIds.push(o.to);
  for (const t of r.eventTargets) rows.get(t.event)?.targetIds.push(t.to);
  for (const type of EVENT_TYPES) for (const a of r.actions[type]) rows.get(a.event)?.ends.push(a.to);
  return [...rows.values()];
}

export const WRITE_PLAN: readonly PlannedStatement[] = [
  ...ENTITY_KINDS.map((kind): PlannedStatement => ({ name: `write/entities-${kebab(kind)}`, rows: (r) => r.entities[kind], tally: 'entities' })),
  { name: 'write/acts-for', rows: (r) => r.actsFor, tally: 'relationships' },
  ...LINK_TYPES.map((type): PlannedStatement => ({ name: `write/link-${kebab(type)}`, rows: (r) => r.links[type], tally: 'relationships' })),
  // Events with their ACTOR, OBJECT, TARGET and typed relationships, in one statement.
  { name: 'write/events', rows: eventRows, tally: 'events' },
  { name: 'write/articles', rows: (r) => r.articles, tally: 'articles' },
  { name: 'write/reported-in', rows: (r) => r.reports, tally: 'relationships' },
  { name: 'write/mentions', rows: (r) => r.mentions, tally: 'relationships' },
];
