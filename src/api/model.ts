/**
 * What resolvers pass to each other: the rows that `cypher/read/*.cypher` return,
 * flattened into plain objects (the codegen mappers point here). Enum-like values are
 * as the graph stores them (labels `Person`…, modalities `asserted`…); resolvers map
 * them to the schema's enums.
 */

/** The graph's labels for the schema's `EntityKind`. */
export type EntityLabel = 'Person' | 'State' | 'Organization' | 'Place' | 'Talks' | 'Sanction' | 'Agreement' | 'Aid';

/** An outgoing structural relationship of an entity: a role, party, venue, target, imposer, donor or recipient. */
export interface Link {
  type: 'ACTS_FOR' | 'PARTY' | 'HELD_IN' | 'TARGETS' | 'IMPOSED_BY' | 'DONOR' | 'RECIPIENT';
  id: string;
  title: string | null;
}

export interface EntityRow {
  id: string;
  kind: EntityLabel;
  name: string;
  aliases: string[];
  iso3?: string | null;
  status?: string | null;
  subtype?: string | null;
  deadline?: string | null;
  condition?: string | null;
  date?: string | null;
  round?: number | null;
  links: Link[];
}

export interface EventRow {
  id: string;
  type: string;
  cameo: string | null;
  modality: string;
  date: string | null;
  confidence: number;
  actor: string;
  object: string | null;
  targets: string[];
  reports: number;
}

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  dateline: string | null;
  origin: string | null;
  language: string | null;
}

/** One REPORTED_IN relationship, with the event and article at its ends (loaded when absent). */
export interface ReportRow {
  eventId: string;
  articleId: string;
  event?: EventRow;
  article?: ArticleRow;
  sentence: string;
  start: number;
  end: number;
  field: string | null;
  confidence: number | null;
  modality: string | null;
  rule: string | null;
  speaker: string | null;
}

export interface RoleRow {
  person: string;
  title: string | null;
  of: string | null;
}

export interface MentionRow {
  entity: string;
  count: number;
}

export interface PathStepRow {
  type: string;
  from: string;
  to: string;
  event: string | null;
  title: string | null;
}

export interface PathRow {
  nodes: string[];
  steps: PathStepRow[];
}

/** The period an overview covers; its fields are resolved (and queried) only when asked. */
export interface OverviewRow {
  from: string | null;
  to: string | null;
}

export interface ActorCountRow {
  actor: string;
  events: number;
}

export interface DyadCountRow {
  a: string;
  b: string;
  events: number;
}

/** A connection as the schema's `…Connection` types read it (default resolvers suffice). */
export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface SearchHitRow {
  cursor: string;
  score: number;
  node: EntityRow;
}

export interface SearchPage {
  totalCount: number;
  edges: SearchHitRow[];
  pageInfo: Page<unknown>['pageInfo'];
}
