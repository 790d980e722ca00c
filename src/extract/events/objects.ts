/**
 * The things events are about: Talks, Sanction, Agreement and Aid entities, with a
 * status read from the event that mentions them, and ids from kind, subtype and the
 * sorted parties (plus the date when known), so that the same round of talks or the
 * same sanctions meet across articles.
 */
import type { Entity, EventType, Modality } from '../../domain/graph.ts';
import { objectId } from './keys.ts';
import type { ObjectKind } from './lexicon.ts';

export interface ObjectSpec {
  kind: ObjectKind;
  subtype: string;
  /** The words that name it ("sanctions targeting buyers of Russian exports"). */
  name: string;
  type: EventType;
  modality: Modality;
  /** The clause it was read from, for status words ("stalled", "signed", "lifted"). */
  clause: string;
  actor: string;
  targets: string[];
  place: string | null;
  date: string | null;
  deadline: string | null;
  condition: string | null;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const ROUND_RE = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+round\b|\bround\s+(\d+)\b/i;

function talksStatus(type: EventType, modality: Modality, clause: string): string {
  if (/\bstall(?:ed|s)?\b|\bstalemate\b|\bdeadlock/i.test(clause)) return 'STALLED';
  if (modality === 'negated' || /\b(?:cancel+ed|called off|collapsed|broke down)\b/i.test(clause)) return 'FAILED';
  if (type === 'PROPOSES' || modality === 'hypothetical' || modality === 'conditional') return 'PROPOSED';
  if (modality === 'planned') return 'SCHEDULED';
  if (type === 'IMPOSES' || type === 'REJECTS') return 'STALLED';
  if (/\b(?:concluded|wrapped up|ended|final)\b/i.test(clause)) return 'CONCLUDED';
  return 'HELD';
}

function sanctionStatus(type: EventType, clause: string): string {
  if (type === 'WARNS' || type === 'PROPOSES' || type === 'DEMANDS') return 'THREATENED';
  if (type === 'EASES') return /\blift(?:s|ed|ing)?\b|\bremov|\bscrap|\bend(?:s|ed)?\b/i.test(clause) ? 'LIFTED' : 'EASED';
  return 'IMPOSED';
}

function agreementStatus(type: EventType, modality: Modality, clause: string): string {
  if (modality === 'negated') return 'NOT_REACHED';
  if (type === 'PROPOSES' || type === 'DEMANDS' || type === 'REJECTS' || modality !== 'asserted') return 'PROPOSED';
  if (/\bsign(?:s|ed|ing)?\b/i.test(clause)) return 'SIGNED';
  return 'REACHED';
}

function keyOf(ids: string[], stateOf: (id: string) => string | null): string[] {
  return ids.map((id) => stateOf(id) ?? id);
}

/** The object entity of one event. `entities` is the mention layer's, for party keys. */
export function objectEntity(spec: ObjectSpec, entities: Map<string, Entity>, stateOf: (id: string) => string | null): Entity {
  const parties = [...new Set([spec.actor, ...spec.targets])];
  // Keys use the state a person acts for, so "Putin–Zelenskyy talks" and "Russia–Ukraine talks" meet.
  const base = { kind: spec.kind, name: spec.name, subtype: spec.subtype };
  switch (spec.kind) {
    case 'Talks': {
      const r = ROUND_RE.exec(spec.clause);
      return {
        id: objectId('Talks', spec.subtype, keyOf(parties, stateOf), spec.date, entities), ...base,
        status: talksStatus(spec.type, spec.modality, spec.clause), parties, place: spec.place, date: spec.date,
        round: r ? (r[1] ? ORDINALS[r[1].toLowerCase()] : Number(r[2])) : null,
      };
    }
    case 'Sanction':
      return {
        id: objectId('Sanction', spec.subtype, keyOf(spec.targets, stateOf), null, entities), ...base,
        status: sanctionStatus(spec.type, spec.clause), parties: spec.targets, by: spec.actor,
        deadline: spec.deadline, condition: spec.condition,
      };
    case 'Agreement':
      return {
        id: objectId('Agreement', spec.subtype, keyOf(parties, stateOf), null, entities), ...base,
        status: agreementStatus(spec.type, spec.modality, spec.clause), parties,
      };
    case 'Aid':
      return {
        id: objectId('Aid', spec.subtype, keyOf([spec.actor, ...spec.targets], stateOf), null, entities), ...base,
        status: spec.modality === 'asserted' && /\b(?:provided|delivered|sent|supplied)\b/i.test(spec.clause) ? 'PROVIDED' : 'ANNOUNCED',
        parties: spec.targets, by: spec.actor,
      };
  }
}

/** How far along a status is: a merged object keeps the furthest (talks held outrank talks proposed). */
const STATUS_RANK: Record<string, number> = {
  PROPOSED: 0, THREATENED: 0, ANNOUNCED: 0, SCHEDULED: 1, NOT_REACHED: 1,
  HELD: 2, IMPOSED: 2, REACHED: 2, PROVIDED: 2, SIGNED: 3, CONCLUDED: 3, STALLED: 3, FAILED: 3, EASED: 3, LIFTED: 4,
};

/** Folds a second reading of the same object into the first: the furthest status and first non-null fields win, parties unite. */
export function mergeObject(into: Entity, from: Entity): void {
  if ((STATUS_RANK[from.status ?? ''] ?? 0) > (STATUS_RANK[into.status ?? ''] ?? 0)) into.status = from.status;
  into.parties = [...new Set([...(into.parties ?? []), ...(from.parties ?? [])])];
  into.place ??= from.place;
  into.date ??= from.date;
  into.deadline ??= from.deadline;
  into.condition ??= from.condition;
  into.round ??= from.round;
}
