/**
 * The event stage: from an article's mention layer to its events and the Talks,
 * Sanction, Agreement and Aid entities they are about. Sentence-level rules: find the
 * triggers of each sentence (./triggers.ts), read their actor and targets
 * (./arguments.ts), modality (./modality.ts) and date (./dates.ts), and key each fact
 * (./keys.ts). Pure and deterministic.
 */
import type { Article } from '../../domain/article.ts';
import type { Entity, Event, EventType, Modality } from '../../domain/graph.ts';
import type { Mention, MentionLayer, Sentence } from '../types.ts';
import { argumentsOf, clauseBounds, findSpeaker, type Arguments } from './arguments.ts';
import { clauseDate, type ClauseDate } from './dates.ts';
import { eventId, sortedJoin } from './keys.ts';
import { cameoOf, SYMMETRIC } from './lexicon.ts';
import { modalityOf } from './modality.ts';
import { mergeObject, objectEntity, readableName, sanctionStatusOf } from './objects.ts';
import { sentenceGroups, type Group } from './parties.ts';
import { articleSalience, type Salience } from './salience.ts';
import { sentenceCandidates, type Candidate } from './triggers.ts';
import triggerData from '../lexicon/triggers.json' with { type: 'json' };

/** Groupings of states that act through their members (triggers.json `groupMembers`): name → member ISO3 codes. */
const GROUP_MEMBERS = new Map<string, string[]>(Object.entries((triggerData as { groupMembers?: Record<string, unknown> }).groupMembers ?? {})
  .filter((e): e is [string, string[]] => Array.isArray(e[1])));

const NONE: string[] = [];

/** The member states of a grouping the article names ("the E3" → France, Germany, the UK), or null. */
function membersOf(id: string, entities: Map<string, Entity>): string[] | null {
  const e = entities.get(id);
  if (e?.kind !== 'Organization') return null;
  const iso = GROUP_MEMBERS.get(e.name) ?? e.aliases?.map((a) => GROUP_MEMBERS.get(a)).find(Boolean);
  if (!iso) return null;
  const ids = iso.map((c) => `state:${c}`).filter((s) => entities.has(s));
  return ids.length ? ids : null;
}

export interface EventStageResult {
  events: Event[];
  /** The object entities (Talks, Sanction, Agreement, Aid) the events refer to. */
  entities: Entity[];
}

const SPOKESPERSON = /\b(?:spokes(?:person|man|woman)|press secretary|spokes)\b/i;
const VIA_CONFIDENCE: Record<Arguments['via'], number> = { passive: 0.05, between: 0.05, modifier: 0, subject: 0, speaker: -0.1, pronoun: -0.1, previous: -0.25 };

/** A spokesperson's quoted stance is the principal's: the event goes to the state they speak for. */
function principalOf(id: string, entities: Map<string, Entity>): string | null {
  const e = entities.get(id);
  if (e?.kind !== 'Person') return null;
  const role = (e.roles ?? []).find((r) => r.of && SPOKESPERSON.test(r.title));
  return role?.of ?? null;
}

/**
 * Extracts the events of one article from its mention layer.
 * Every event has an actor from the layer's entities; objects are returned as entities.
 */
export interface EventOptions {
  /** Events read with less confidence are dropped (default 0.4: a bare "deal" with no counterpart, an actor guessed from the previous sentence with none). */
  minConfidence?: number;
}

/**
 * What the sentences of one article share while their events are read. The stage is split
 * into one function per article, sentence and trigger (rather than one long loop) so that
 * V8 optimises each small piece on its own: one function holding it all took TurboFan
 * hundreds of milliseconds per (re)compilation, on every deoptimisation.
 */
interface ArticleState {
  published: string | null;
  layer: MentionLayer;
  salience: Salience;
  minConfidence: number;
  /** The article's four most salient parties, for `fallbackTargets`. */
  top4: string[];
  events: Event[];
  objects: Map<string, Entity>;
  /** The facts kept so far (`isRepeat`). */
  seen: Seen;
  /** The subject of the previous sentence, and the last collective actor. */
  previous: Group | null;
  plural: Group | null;
  /** The groupings the article names that act through member states it names (`membersOf`), by id: most articles have none. */
  groupings: Map<string, string[]>;
}

/** What the triggers of one sentence share. */
interface SentenceState {
  s: Sentence;
  text: string;
  cands: Candidate[];
  groups: Group[];
  speaker: Group | null;
  /**
   * The clause of the last trigger read, with its text, dates (read back and forward) and venue, each read once
   * when first needed: the triggers of one clause share them, and a sentence's triggers come in text order.
   */
  clauseStart: number;
  clauseEnd: number;
  clause: string;
  dateBack: ClauseDate | null;
  dateForward: ClauseDate | null;
  /** The venue of the clause, `undefined` until looked for. */
  place: string | null | undefined;
  places: Mention[];
  /** The actor of the previous trigger in the sentence. */
  prior: Group | null;
  objectEnds: number[];
}

const NO_MENTIONS: Mention[] = [];

export function extractEvents(article: Article, layer: MentionLayer, options: EventOptions = {}): EventStageResult {
  const salience = articleSalience(layer);
  // Mentions by sentence index (an array: the indices are small and dense).
  const bySentence: Mention[][] = [];
  for (const m of layer.mentions) {
    const list = bySentence[m.sentence];
    if (list) list.push(m); else bySentence[m.sentence] = [m];
  }
  const st: ArticleState = {
    published: article.published, layer, salience, minConfidence: options.minConfidence ?? 0.4, top4: salience.top(4, false),
    events: [], objects: new Map(), seen: { byActor: new Map(), all: [], pipe: false }, previous: null, plural: null, groupings: groupingsOf(layer.entities),
  };
  // Body first, then the title: a fact told in both keeps the body's sentence as evidence.
  for (const s of readingOrder(layer.sentences)) {
    if (s.field === 'title' && s.index === 0) st.previous = st.plural = null;
    sentenceEvents(st, s, bySentence[s.index] ?? NO_MENTIONS);
  }
  const { events, objects } = st;
  const merged = mergeOverlapping(events);
  const about = new Map<string, Event[]>();
  for (const e of merged) {
    const o = e.object ? objects.get(e.object) : undefined;
    e.id = eventId(e.type, e.actor, o ?? null, e.targets, e.date, e.modality);
    if (e.object) { const l = about.get(e.object); if (l) l.push(e); else about.set(e.object, [e]); }
  }
  // Only the things some event is about; a sanction's status is what its events did to it.
  const entities: Entity[] = [];
  for (const o of objects.values()) {
    const evs = about.get(o.id);
    if (!evs) continue;
    if (o.kind === 'Sanction') o.status = sanctionStatusOf(evs, o.status);
    o.name = readableName(o, layer.entities, salience.stateOf);
    entities.push(o);
  }
  return { events: merged, entities };
}

/**
 * The body's sentences, then the title's, each in order of index: `sentences` sorted so, without the sort when the
 * layer has them in order of index already (as ../sentences.ts makes them).
 */
function readingOrder(sentences: Sentence[]): Sentence[] {
  for (let k = 1; k < sentences.length; k++) {
    if (sentences[k].index < sentences[k - 1].index) {
      return [...sentences].sort((a, b) => (a.field === b.field ? a.index - b.index : a.field === 'body' ? -1 : 1));
    }
  }
  const body: Sentence[] = [], title: Sentence[] = [];
  for (const s of sentences) (s.field === 'body' ? body : title).push(s);
  for (const s of title) body.push(s);
  return body;
}

/** The events of one sentence, pushed onto `st.events`; updates the subject carried to the next sentence. */
function sentenceEvents(st: ArticleState, s: Sentence, ms: Mention[]): void {
  const text = s.text;
  const cands = sentenceCandidates(text);
  if (!cands.length) {
    // No trigger: only the subject matters, for a pronoun in the next sentence.
    const m = ms.find((x) => x.kind !== 'Place' && x.via !== 'pronoun');
    if (m) st.previous = { start: m.start - s.start, end: m.end - s.start, ids: [m.entityId], prep: null, possessive: false, collective: false, pronoun: false, via: m.via, kind: m.kind, locative: undefined };
    return;
  }
  const groups = sentenceGroups(s, ms, st.salience.top, st.layer.entities);
  const objectEnds: number[] = [];
  for (const c of cands) if (c.pos === 'verb') objectEnds.push(c.end);
  const sent: SentenceState = {
    s, text, cands, groups, speaker: findSpeaker(text, groups),
    clauseStart: -1, clauseEnd: -1, clause: '', dateBack: null, dateForward: null, place: undefined,
    places: venues(ms),
    prior: null, objectEnds,
  };
  for (let k = 0; k < cands.length; k++) candidateEvents(st, sent, k);
  st.previous = firstSubject(groups) ?? st.previous;
}

/** The Place mentions of a sentence that can be a venue, in order (`NO_MENTIONS` when none, the usual case). */
function venues(ms: Mention[]): Mention[] {
  let out: Mention[] | null = null;
  for (const m of ms) {
    // A capital that stands for its state ("Moscow said") is no venue.
    if (m.kind === 'Place' && !ms.some((o) => o.kind === 'State' && o.start === m.start)) (out ??= []).push(m);
  }
  return out ?? NO_MENTIONS;
}

/** The events of trigger candidate `k` of a sentence: one per actor it has. */
function candidateEvents(st: ArticleState, sent: SentenceState, k: number): void {
  const { s, text, cands, groups } = sent;
  const c = cands[k];
  const nextCand = cands[k + 1]?.start ?? Infinity;
  // Targets stop at the next trigger, or at its subject: the last ungoverned party before it that is not this trigger's object.
  let stopAt = nextCand;
  if (nextCand !== Infinity) {
    let first = true;
    for (const g of groups) {
      if (g.start < c.end || g.end > nextCand) continue;
      if (!first && !g.prep) stopAt = g.start;
      first = false;
    }
  }
  const args = argumentsOf(text, c, groups, sent.speaker, { stopAt, prior: sent.prior, previous: st.previous, plural: st.plural, objectEnds: sent.objectEnds });
  if (!args) return;
  sent.prior = args.actor;
  if (args.actor.ids.length > 1) st.plural = args.actor;
  // A bare mention ("the deal") counts only when its actor, a modifier, what follows it or (for some) a modality says so;
  // one that can count only by a modality it does not list is dropped before the modality is read.
  const bare = !c.trigger ? c.object?.def.bare : undefined;
  const bareShown = !bare || bare.vias?.includes(args.via) || args.modifierTarget || bare.after?.test(text.slice(c.object!.end, c.object!.end + 40));
  if (!bareShown && !bare.modalities) return;
  // Who acts, towards whom and how surely needs neither the modality nor the date: a trigger none of whose
  // readings is sure enough is dropped before those are read (all that they are read for is what is dropped).
  const readings = actorReadings(st, c, args);
  if (!readings.length) return;
  const [cs, ce] = clauseBounds(text, c.start);
  enterClause(sent, cs, ce);
  const clause = sent.clause;
  let when = sent.dateBack ??= clauseDate(clause, st.published, false);
  // The text after the trigger up to the next one, and up to the clause's end: one string when the next trigger is not in the clause.
  const rest = text.slice(c.end, ce);
  const { modality, condition, inCondition } = modalityOf(c.type, c.pos, text.slice(cs, c.start), nextCand >= ce ? rest : text.slice(c.end, nextCand), when.future, rest);
  if (inCondition) return;
  if (!bareShown && !bare!.modalities?.includes(modality)) return;
  if (modality === 'planned') when = sent.dateForward ??= clauseDate(clause, st.published, true);
  const place = sent.place ??= sent.places.find((p) => p.start - s.start >= cs && p.start - s.start < ce)?.entityId ?? null;
  // One object per trigger: its parties are the same whichever party of a collective acts.
  const objKind = c.object?.def.kind ?? (c.type === 'MEETS' ? 'Talks' : null);
  const { salience, layer } = st;
  let objectOf: string | null | undefined;
  for (const { actor, speakerId, named, targets, confidence } of readings) {
    if (objectOf === undefined) {
      objectOf = null;
      if (objKind) {
        const ent = objectEntity({
          kind: objKind, subtype: c.object?.def.subtype ?? 'talks', name: provisionalName(text, c),
          type: c.type, modality, clause, actor, targets: objectParties(args.actor.ids, actor, named.length ? named : targets),
          place, date: when.date, deadline: when.deadline, condition,
        }, layer.entities, salience.stateOf);
        const had = st.objects.get(ent.id);
        if (had) mergeObject(had, ent); else st.objects.set(ent.id, ent);
        objectOf = ent.id;
      }
    }
    if (isRepeat(st.seen, c.type, actor, sortedJoin(targets), modality)) continue;
    st.events.push({
      id: '',
      type: c.type, actor, object: objectOf, targets, modality, date: when.date,
      evidence: text, span: [s.start, s.end], field: s.field,
      confidence,
      rule: args.via === 'subject' ? c.rule : `${c.rule}/${args.via}`,
      cameo: cameoOf(c.type, c.trigger, c.object?.def.subtype), speaker: speakerId,
    });
  }
}

/**
 * The name an object is made with: the words of its mention. It is provisional: every object the stage returns is
 * renamed from its kind and parties (`readableName`, at the end of `extractEvents`), and nothing reads the name before,
 * so the words after the mention ("sanctions targeting buyers of ...") are not looked for.
 */
function provisionalName(text: string, c: Candidate): string {
  return c.object ? c.object.text : text.slice(c.start, c.end);
}

/** One party's reading of a trigger as its actor: with whom it acts (as named, and with the fallbacks added) and how surely. */
interface Reading { actor: string; speakerId: string | null; named: string[]; targets: string[]; confidence: number }

/** The readings of candidate `c` sure enough to keep (`minConfidence`), one per party that acts, in order. */
function actorReadings(st: ArticleState, c: Candidate, args: Arguments): Reading[] {
  let actors = args.actor.collective || args.actor.ids.length > 1 ? [...args.actor.ids] : [args.actor.ids[args.actor.ids.length - 1]];
  // "The E3 notified the Council": each member state the article names acts.
  let grouped: string[] = NONE;
  if (st.groupings.size) {
    for (const a of actors) if (st.groupings.has(a)) (grouped === NONE ? (grouped = []) : grouped).push(a);
    if (grouped.length) actors = [...new Set(actors.flatMap((a) => st.groupings.get(a) ?? [a]))];
  }
  if (SYMMETRIC.has(c.type) && !c.trigger?.oneWay) for (const t of args.counterpart) if (!actors.includes(t)) actors.push(t);
  const { salience, layer } = st;
  const out: Reading[] = [];
  for (const a0 of actors) {
    let actor = a0, speakerId = args.speaker?.ids[0] ?? null;
    if (args.via === 'speaker' || args.via === 'pronoun' || args.via === 'previous') {
      const principal = principalOf(actor, layer.entities);
      if (principal) { speakerId = actor; actor = principal; }
    }
    const own = salience.stateOf(actor);
    const named = namedTargets(salience, args, actor, own, speakerId, grouped);
    let targets: string[];
    let confidence = c.confidence + VIA_CONFIDENCE[args.via];
    if (!named.length) {
      if (c.trigger?.needsTarget) continue;
      targets = fallbackTargets(st.top4, actor, own, 3);
      confidence -= 0.1;
    } else {
      // The article's main counterparts stand behind most acts even where the sentence names only one side.
      targets = named.slice();
      // A counterpart already there in person or through its state is not added again.
      // (The loop is `fallbackTargets(st.top4, actor, own, 2)`, without the array.)
      let represented: string[] | null = null;
      for (let i = 0, n = 0; i < st.top4.length && n < 2; i++) {
        const id = st.top4[i];
        if (id === actor || id === own) continue;
        n++;
        represented ??= named.map((t) => salience.stateOf(t) ?? t);
        if (!represented.includes(id)) targets.push(id);
      }
    }
    confidence = clampConfidence(confidence);
    if (confidence < st.minConfidence) continue;
    out.push({ actor, speakerId, named, targets, confidence });
  }
  return out;
}

/**
 * The parties a trigger names as the actor's counterparts, in text order without repeats: other sides,
 * not the actor's own state or its own officials ("Trump and Rubio met").
 */
function namedTargets(salience: Salience, args: Arguments, actor: string, own: string | null, speakerId: string | null, grouped: string[]): string[] {
  const out: string[] = [];
  for (const t of args.actor.ids) if (isCounterpart(salience, t, actor, own, speakerId, grouped, out)) out.push(t);
  for (const t of args.targets) if (isCounterpart(salience, t, actor, own, speakerId, grouped, out)) out.push(t);
  return out;
}

/** Whether party `t` is a counterpart of `actor` not yet in `out` (see `namedTargets`). */
function isCounterpart(salience: Salience, t: string, actor: string, own: string | null, speakerId: string | null, grouped: string[], out: string[]): boolean {
  return t !== actor && t !== own && t !== speakerId && !grouped.includes(t) && !(own && salience.stateOf(t) === own) && !out.includes(t);
}

/** The parties of an event's object besides the actor: the actor's fellows in a collective, then the targets, without repeats. */
function objectParties(actorIds: string[], actor: string, targets: string[]): string[] {
  const out: string[] = [];
  for (const id of actorIds) if (id !== actor && !out.includes(id)) out.push(id);
  for (const id of targets) if (!out.includes(id)) out.push(id);
  return out;
}

/**
 * The member states of each grouping among `entities` (`membersOf`), read once per article: `membersOf` is null
 * for any id that is no entity's, and the entities do not change while the events are read.
 */
function groupingsOf(entities: Map<string, Entity>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!GROUP_MEMBERS.size) return out;
  for (const [id, e] of entities) {
    if (e.kind !== 'Organization') continue;
    const m = membersOf(id, entities);
    if (m) out.set(id, m);
  }
  return out;
}

/** One fact kept: an event's type, actor, sorted targets joined with "," and modality. */
interface Fact { type: EventType; actor: string; targets: string; modality: Modality }
/** The facts of an article by actor; `pipe` once some actor holds "|" (then `all` is searched by whole key). */
interface Seen { byActor: Map<string, Fact[]>; all: Fact[]; pipe: boolean }
const factKey = (f: Fact): string => f.type + '|' + f.actor + '|' + f.targets + '|' + f.modality;

/**
 * Whether the key `type|actor|targets|modality` was seen before in the article, and if not, records it.
 * Types and modalities hold no "|", so keys are equal exactly when their parts are unless an actor holds one
 * (entity ids never do); the facts are looked up by actor, with no key string built and hashed per event.
 */
function isRepeat(seen: Seen, type: EventType, actor: string, targets: string, modality: Modality): boolean {
  const same = seen.byActor.get(actor);
  // (An actor already recorded was looked at when it was.)
  if (!same && actor.indexOf('|') >= 0) seen.pipe = true;
  if (seen.pipe) {
    const key = type + '|' + actor + '|' + targets + '|' + modality;
    for (const f of seen.all) if (factKey(f) === key) return true;
  } else if (same) {
    for (const f of same) if (f.type === type && f.modality === modality && f.targets === targets) return true;
  }
  const fact: Fact = { type, actor, targets, modality };
  if (same) same.push(fact); else seen.byActor.set(actor, [fact]);
  seen.all.push(fact);
  return false;
}

/** Confidences rounded to two decimals and clamped to [0.05, 0.99], by raw value: few distinct sums occur, and `toFixed` is dear. */
const clamped = new Map<number, number>();
function clampConfidence(x: number): number {
  let v = clamped.get(x);
  if (v === undefined) {
    if (clamped.size > 10_000) clamped.clear();
    clamped.set(x, (v = Math.max(0.05, Math.min(0.99, +x.toFixed(2)))));
  }
  return v;
}

/** Makes `[cs, ce)` the sentence's current clause (`SentenceState.clause`), forgetting what was read of another. */
function enterClause(sent: SentenceState, cs: number, ce: number): void {
  if (cs === sent.clauseStart && ce === sent.clauseEnd) return;
  sent.clauseStart = cs; sent.clauseEnd = ce;
  sent.clause = sent.text.slice(cs, ce);
  sent.dateBack = sent.dateForward = null;
  sent.place = undefined;
}

/** One event per (type, actor, modality) and overlapping targets: the same happening told twice. */
function mergeOverlapping(events: Event[]): Event[] {
  const out: Event[] = [];
  // By actor, then type and modality compared (neither holds "|": the same grouping as a `type|actor|modality` key).
  const byActor = new Map<string, Event[]>();
  for (const e of events) {
    const list = byActor.get(e.actor);
    const same = list?.find((o) => o.type === e.type && o.modality === e.modality && o.targets.some((t) => e.targets.includes(t)));
    if (same) { for (const t of e.targets) if (!same.targets.includes(t)) same.targets.push(t); continue; }
    out.push(e);
    if (list) list.push(e); else byActor.set(e.actor, [e]);
  }
  return out;
}

/** The subject of a sentence, for a pronoun or an agentless clause in the next one. */
function firstSubject(groups: Group[]): Group | null {
  return groups.find((g) => !g.prep && !g.pronoun) ?? null;
}

/** The article's main counterparts (at most `limit` of its four most salient parties), for an event whose sentence names none. */
function fallbackTargets(top4: string[], actor: string, own: string | null, limit: number): string[] {
  const out: string[] = [];
  for (const id of top4) if (id !== actor && id !== own && out.length < limit) out.push(id);
  return out;
}
