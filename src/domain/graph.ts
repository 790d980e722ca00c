/**
 * The subgraph extracted from one article: the JSON that `parley extract --format jsonl`
 * prints (see ../shared/contracts/extraction.md; the field names there are fixed) and
 * that the graph writer consumes as it is.
 */
export type EntityKind = 'Person' | 'State' | 'Organization' | 'Place' | 'Talks' | 'Sanction' | 'Agreement' | 'Aid';

export type EventType =
  | 'PROPOSES' | 'WARNS' | 'AGREED' | 'MEETS' | 'IMPOSES'
  | 'EASES' | 'DEMANDS' | 'REJECTS' | 'AIDS' | 'ACCUSES';

export const EVENT_TYPES: readonly EventType[] = [
  'PROPOSES', 'WARNS', 'AGREED', 'MEETS', 'IMPOSES', 'EASES', 'DEMANDS', 'REJECTS', 'AIDS', 'ACCUSES',
];

export type Modality = 'asserted' | 'planned' | 'conditional' | 'negated' | 'hypothetical';

export interface Role {
  title: string;
  /** Entity id of the state or organisation the person acts for, or null when unknown. */
  of: string | null;
}

export interface Entity {
  /** Stable id, the same in every article for the same person, state or organisation. */
  id: string;
  kind: EntityKind;
  name: string;
  aliases?: string[];
  /** States: ISO 3166-1 alpha-3. */
  iso3?: string;
  /** People: offices held, with the entity they act for. */
  roles?: Role[];
  /** Talks: PROPOSED|SCHEDULED|HELD|STALLED|FAILED|CONCLUDED; Sanction: THREATENED|IMPOSED|EASED|LIFTED;
   *  Agreement: PROPOSED|REACHED|NOT_REACHED|SIGNED; Aid: ANNOUNCED|PROVIDED. */
  status?: string;
  /** Talks, Agreement, Aid: the parties; Sanction: the targets. Entity ids. */
  parties?: string[];
  /** Talks: the venue (a Place entity id) or null. */
  place?: string | null;
  /** Sanction: sanctions|tariffs|embargo|asset-freeze|secondary-sanctions; Aid: military|financial|humanitarian;
   *  Agreement: ceasefire|prisoner-exchange|trade-deal|peace-deal|... */
  subtype?: string;
  /** Sanction: the imposer; Aid: the donor. Entity id. */
  by?: string | null;
  /** Sanction: the deadline, YYYY-MM-DD or null. */
  deadline?: string | null;
  /** Sanction/WARNS: the condition in words. */
  condition?: string | null;
  /** Talks: round number, when stated. */
  round?: number | null;
  /** Talks: date held or planned, YYYY-MM-DD or null. */
  date?: string | null;
}

export interface Event {
  /** Stable key of the fact: same type, actor, object, targets and date give the same key in any article. */
  id: string;
  type: EventType;
  actor: string;
  object: string | null;
  targets: string[];
  modality: Modality;
  /** The event's own date, YYYY-MM-DD, or null when the text does not fix it. */
  date: string | null;
  /** The sentence the event was read from. */
  evidence: string;
  /** Character offsets of `evidence` in the article's `field` (the body unless the title says it). */
  span: [number, number];
  field?: 'title' | 'body';
  confidence: number;
  /** The rule that produced it, for tracing (`parley eval --explain`). */
  rule: string;
  /** CAMEO root code, as a string ("03", "13", ...). */
  cameo: string;
  /** Who said it, when the event is reported speech (an entity id). */
  speaker?: string | null;
}

export interface ArticleHeader {
  id: string;
  sourceId: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  dateline: string | null;
  origin: string;
  source: string | null;
  language: string | null;
}

export interface ArticleGraph {
  article: ArticleHeader;
  entities: Entity[];
  events: Event[];
}
