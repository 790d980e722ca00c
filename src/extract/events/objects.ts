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
  /** A provisional name (the trigger's or the object's own words): every object returned is renamed by `readableName`. */
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

// Status words, compiled once (a regular-expression literal in a function body is a new object at every call).
const STALLED = /\bstall(?:ed|s)?\b|\bstalemate\b|\bdeadlock/i;
const FAILED = /\b(?:cancel+ed|called off|collapsed|broke down)\b/i;
const CONCLUDED = /\b(?:concluded|wrapped up|ended|final)\b/i;
const LIFTED = /\blift(?:s|ed|ing)?\b|\bremov|\bscrap|\bend(?:s|ed)?\b/i;
const SIGNED = /\bsign(?:s|ed|ing)?\b/i;
const PROVIDED = /\b(?:provided|delivered|sent|supplied)\b/i;

/**
 * STALLED, FAILED, CONCLUDED and ROUND_RE as one pattern, to read a Talks clause in one pass instead of four.
 * No two of them can match at the same place (their words differ within the first three letters), so stepping
 * one character past each match finds where each of them first matches, and ROUND_RE's groups, as it would.
 * Every alternative of theirs starts with `\b`, here tested once for all (`\b(?:a|b)` is `\ba|\bb`): some 15-30%
 * faster on clauses, most of which hold none of the words.
 */
const TALKS_WORDS = new RegExp(`\\b(?:(${unbounded(STALLED)})|(${unbounded(FAILED)})|(${unbounded(CONCLUDED)})|${unbounded(ROUND_RE)})`, 'gi');

/**
 * The source of `re` with the `\b` that starts each of its top-level alternatives taken off (it splits at every
 * `|\b`: in these four patterns no `|` inside a group is followed by `\b`).
 */
function unbounded(re: RegExp): string {
  return re.source.split('|\\b').join('|').replace(/^\\b/, '');
}

/** What the status words of a Talks clause say, and the round it names. */
interface TalksWords { stalled: boolean; failed: boolean; concluded: boolean; round: number | null }

function talksWords(clause: string): TalksWords {
  const w: TalksWords = { stalled: false, failed: false, concluded: false, round: null };
  let roundSeen = false;
  TALKS_WORDS.lastIndex = 0;
  for (let m; (m = TALKS_WORDS.exec(clause));) {
    if (m[1] !== undefined) w.stalled = true;
    else if (m[2] !== undefined) w.failed = true;
    else if (m[3] !== undefined) w.concluded = true;
    else if (!roundSeen) { roundSeen = true; w.round = m[4] ? ORDINALS[m[4].toLowerCase()] : Number(m[5]); }
    TALKS_WORDS.lastIndex = m.index + 1;
  }
  return w;
}

function talksStatus(type: EventType, modality: Modality, w: TalksWords): string {
  if (w.stalled) return 'STALLED';
  if (modality === 'negated' || w.failed) return 'FAILED';
  if (type === 'PROPOSES' || modality === 'hypothetical' || modality === 'conditional') return 'PROPOSED';
  if (modality === 'planned') return 'SCHEDULED';
  if (type === 'IMPOSES' || type === 'REJECTS') return 'STALLED';
  if (w.concluded) return 'CONCLUDED';
  return 'HELD';
}

/** A sanction is imposed only by an asserted act of imposing; threatened, planned or conditional ones are threats. */
function sanctionStatus(type: EventType, modality: Modality, clause: string): string {
  if (type === 'EASES') return LIFTED.test(clause) ? 'LIFTED' : 'EASED';
  if (type === 'IMPOSES' && modality === 'asserted') return 'IMPOSED';
  return 'THREATENED';
}

/**
 * The status of a Sanction from all the events about it: IMPOSED only when an asserted
 * IMPOSES is about it, eased or lifted when an EASES is; else THREATENED.
 */
export function sanctionStatusOf(events: { type: EventType; modality: Modality; evidence: string }[], current: string | undefined): string {
  let status = 'THREATENED';
  for (const e of events) {
    const s = sanctionStatus(e.type, e.modality, e.evidence);
    if ((STATUS_RANK[s] ?? 0) > (STATUS_RANK[status] ?? 0)) status = s;
  }
  return events.length ? status : current ?? status;
}

function agreementStatus(type: EventType, modality: Modality, clause: string): string {
  if (modality === 'negated') return 'NOT_REACHED';
  if (type === 'PROPOSES' || type === 'DEMANDS' || type === 'REJECTS' || modality !== 'asserted') return 'PROPOSED';
  if (SIGNED.test(clause)) return 'SIGNED';
  return 'REACHED';
}

/** `[...new Set([...a, ...b])]` without the set and the spreads (a few parties). */
function uniqueOf(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const x of a) if (!out.includes(x)) out.push(x);
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

function keyOf(ids: string[], stateOf: (id: string) => string | null): string[] {
  return ids.map((id) => stateOf(id) ?? id);
}

/** The object entity of one event. `entities` is the mention layer's, for party keys. */
export function objectEntity(spec: ObjectSpec, entities: Map<string, Entity>, stateOf: (id: string) => string | null): Entity {
  // Keys use the state a person acts for, so "Putin–Zelenskyy talks" and "Russia–Ukraine talks" meet.
  // (Fields written out, kind, name and subtype after the id, rather than spread from a shared base object.)
  const { kind, name, subtype } = spec;
  switch (kind) {
    case 'Talks': {
      const parties = uniqueOf([spec.actor], spec.targets);
      const w = talksWords(spec.clause);
      return {
        id: objectId('Talks', subtype, keyOf(parties, stateOf), spec.date, entities), kind, name, subtype,
        status: talksStatus(spec.type, spec.modality, w), parties, place: spec.place, date: spec.date,
        round: w.round,
      };
    }
    case 'Sanction':
      return {
        id: objectId('Sanction', subtype, keyOf(spec.targets, stateOf), null, entities), kind, name, subtype,
        status: sanctionStatus(spec.type, spec.modality, spec.clause), parties: spec.targets, by: spec.actor,
        deadline: spec.deadline, condition: spec.condition,
      };
    case 'Agreement': {
      const parties = uniqueOf([spec.actor], spec.targets);
      return {
        id: objectId('Agreement', subtype, keyOf(parties, stateOf), null, entities), kind, name, subtype,
        status: agreementStatus(spec.type, spec.modality, spec.clause), parties,
      };
    }
    case 'Aid':
      return {
        id: objectId('Aid', subtype, keyOf([spec.actor, ...spec.targets], stateOf), null, entities), kind, name, subtype,
        status: spec.modality === 'asserted' && PROVIDED.test(spec.clause) ? 'PROVIDED' : 'ANNOUNCED',
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
  into.parties = uniqueOf(into.parties ?? [], from.parties ?? []);
  into.place ??= from.place;
  into.date ??= from.date;
  into.deadline ??= from.deadline;
  into.condition ??= from.condition;
  into.round ??= from.round;
}

/** What a thing is called, by kind and subtype. */
const KIND_WORDS: Record<string, string> = {
  talks: 'talks', sanctions: 'sanctions', tariffs: 'tariffs', embargo: 'embargo', 'asset-freeze': 'asset freeze',
  'secondary-sanctions': 'secondary sanctions', ceasefire: 'ceasefire', 'prisoner-exchange': 'prisoner exchange',
  'trade-deal': 'trade deal', 'peace-deal': 'peace deal', 'nuclear-deal': 'nuclear deal', agreement: 'agreement',
  military: 'military aid', financial: 'financial aid', humanitarian: 'humanitarian aid',
};
/** The usual short names of states whose full names are long in running text. */
const SHORT_NAMES: Record<string, string> = { USA: 'US', GBR: 'UK', ARE: 'UAE' };
const ROUND_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function partyName(id: string, entities: Map<string, Entity>): string {
  const e = entities.get(id);
  if (!e) return id;
  return (e.iso3 && SHORT_NAMES[e.iso3]) || e.name;
}

/** "A", "A and B", "A, B and C". */
function listOf(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const NO_IDS: readonly string[] = [];

/** The parties to name (four at most): a person whose state is also a party is named through the state. */
function namedParties(ids: string[], stateOf: (id: string) => string | null, exclude: readonly string[] = NO_IDS): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (exclude.includes(id)) continue;
    const st = stateOf(id);
    // (`ids` are a thing's few parties: a search of them is cheaper than a set built for it.)
    if (st && st !== id && (ids.includes(st) || exclude.includes(st))) continue;
    const key = st ?? id;
    if (!out.includes(key) && !exclude.includes(key)) out.push(key);
  }
  return out.length > 4 ? out.slice(0, 4) : out;
}

/**
 * A readable name built from a thing's kind and parties, not from the words that happened to
 * mention it: "talks between Russia and Ukraine in Istanbul", "US sanctions on Russia",
 * "ceasefire between Israel and Hamas", "US military aid to Ukraine".
 */
export function readableName(o: Entity, entities: Map<string, Entity>, stateOf: (id: string) => string | null): string {
  const word = KIND_WORDS[o.subtype ?? ''] ?? o.kind.toLowerCase();
  const names = (ids: string[], exclude?: string[]) => namedParties(ids, stateOf, exclude).map((id) => partyName(id, entities));
  switch (o.kind) {
    case 'Talks': {
      const ps = names(o.parties ?? []);
      let n = o.round && ROUND_WORDS[o.round] ? `${ROUND_WORDS[o.round]} round of ${word}` : word;
      if (ps.length === 1) n += ` with ${ps[0]}`;
      else if (ps.length > 1) n += ` between ${listOf(ps)}`;
      const place = o.place ? entities.get(o.place)?.name : undefined;
      return place ? `${n} in ${place}` : n;
    }
    case 'Sanction':
    case 'Aid': {
      const by = o.by ? stateOf(o.by) ?? o.by : null;
      const ps = names(o.parties ?? [], by ? [o.by!, by] : []);
      const n = by ? `${partyName(by, entities)} ${word}` : word;
      return ps.length ? `${n} ${o.kind === 'Aid' ? 'to' : 'on'} ${listOf(ps)}` : n;
    }
    default: {
      const ps = names(o.parties ?? []);
      return ps.length > 1 ? `${word} between ${listOf(ps)}` : ps.length ? `${word} with ${ps[0]}` : word;
    }
  }
}
