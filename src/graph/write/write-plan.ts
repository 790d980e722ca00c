/**
 * The order in which a batch's statements run inside its one transaction, and which
 * rows each one takes. Entities come before the relationships that use them; the
 * Article node is written after the facts and before the relationships that end on it
 * (reports and mentions), all in the same transaction, so a committed Article node means
 * its whole article is in the graph and a killed run leaves no half-written article.
 */
import { EVENT_TYPES } from '../../domain/graph.ts';
import { ENTITY_KINDS, LINK_TYPES, type WriteRows } from './rows.ts';

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

export const WRITE_PLAN: readonly PlannedStatement[] = [
  ...ENTITY_KINDS.map((kind): PlannedStatement => ({ name: `write/entities-${kebab(kind)}`, rows: (r) => r.entities[kind], tally: 'entities' })),
  { name: 'write/acts-for', rows: (r) => r.actsFor, tally: 'relationships' },
  ...LINK_TYPES.map((type): PlannedStatement => ({ name: `write/link-${kebab(type)}`, rows: (r) => r.links[type], tally: 'relationships' })),
  { name: 'write/events', rows: (r) => r.events, tally: 'events' },
  // Typed relationships are created for events that have no ACTOR yet, so before event-actor.
  ...EVENT_TYPES.map((type): PlannedStatement => ({ name: `write/action-${kebab(type)}`, rows: (r) => r.actions[type], tally: 'relationships' })),
  { name: 'write/event-actor', rows: (r) => r.eventActors, tally: 'relationships' },
  { name: 'write/event-object', rows: (r) => r.eventObjects, tally: 'relationships' },
  { name: 'write/event-target', rows: (r) => r.eventTargets, tally: 'relationships' },
  { name: 'write/articles', rows: (r) => r.articles, tally: 'articles' },
  { name: 'write/reported-in', rows: (r) => r.reports, tally: 'relationships' },
  { name: 'write/mentions', rows: (r) => r.mentions, tally: 'relationships' },
];
