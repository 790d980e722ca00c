/**
 * The intermediate forms that pass between the pure extraction stages
 * (sentences → mentions → entities → events → dates → ArticleGraph). Each is plain data
 * and printable, so that a wrong edge can be traced to the stage and rule that made it.
 */
import type { Entity, EntityKind, Role } from '../domain/graph.ts';

/** Which text field of the article a sentence (and its offsets) belongs to. */
export type Field = 'title' | 'body';

export interface Sentence {
  /** 0-based position in reading order (title sentences first). */
  index: number;
  field: Field;
  /** Character offsets in the field's normalised text. */
  start: number;
  end: number;
  text: string;
  /** 0-based paragraph number within the field. */
  paragraph: number;
  /** Not article prose ("Also Read | ...", an embedded post's signature): no mentions are read from it. */
  boilerplate?: boolean;
  /** Written in title case (a headline or subheading): capitalisation says little about names. */
  headline?: boolean;
}

/** How a mention refers to its entity. */
export type MentionVia =
  | 'name' | 'alias' | 'surname' | 'acronym'
  | 'demonym' | 'capital' | 'metonym'
  | 'role' | 'pronoun' | 'collective';

export interface Mention {
  /** Offsets in the field's text (see `field`). */
  field: Field;
  start: number;
  end: number;
  text: string;
  /** Index of the sentence that holds it. */
  sentence: number;
  /** The resolved entity (Person, State, Organization or Place). */
  entityId: string;
  kind: EntityKind;
  via: MentionVia;
  /** A title read with this mention ("Kremlin spokesperson" Dmitry Peskov). */
  role?: Role;
}

/** Output of the mention stage: every mention, and the entities they resolve to. */
export interface MentionLayer {
  sentences: Sentence[];
  mentions: Mention[];
  /** Entities by id: people, states, organisations, places. */
  entities: Map<string, Entity>;
}
