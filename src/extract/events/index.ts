/**
 * The event stage: from an article's mention layer to its events and the Talks,
 * Sanction, Agreement and Aid entities they are about. Sentence-level rules: find the
 * triggers of each sentence (./triggers.ts), read their actor and targets
 * (./arguments.ts), modality (./modality.ts) and date (./dates.ts), and key each fact
 * (./keys.ts). Pure and deterministic.
 */
import type { Article } from '../../domain/article.ts';
import type { Entity, Event } from '../../domain/graph.ts';
import type { Mention, MentionLayer } from '../types.ts';
import { argumentsOf, clauseBounds, findSpeaker, type Arguments } from './arguments.ts';
import { clauseDate, type ClauseDate } from './dates.ts';
import { eventId } from './keys.ts';
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

function objectName(text: string, c: Candidate, clauseEnd: number): string {
  const o = c.object!;
  const tail = text.slice(o.end, Math.min(clauseEnd, o.end + 60));
  const cut = /^[^,;:()"“”]*?(?=\s+(?:if|unless|until|which|that|after|as|and|but|because|while|within)\b|[,;:()"“”]|$)/i.exec(tail)?.[0] ?? '';
  return (o.text + cut).replace(/\s+/g, ' ').trim();
}

/**
 * Extracts the events of one article from its mention layer.
 * Every event has an actor from the layer's entities; objects are returned as entities.
 */
export interface EventOptions {
  /** Events read with less confidence are dropped (default 0.4: a bare "deal" with no counterpart, an actor guessed from the previous sentence with none). */
  minConfidence?: number;
}

export function extractEvents(article: Article, layer: MentionLayer, options: EventOptions = {}): EventStageResult {
  const minConfidence = options.minConfidence ?? 0.4;
  const salience = articleSalience(layer);
  const bySentence = new Map<number, Mention[]>();
  for (const m of layer.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m); else bySentence.set(m.sentence, [m]);
  }
  const events: Event[] = [];
  const objects = new Map<string, Entity>();
  const seen = new Set<string>();
  let previous: Group | null = null, plural: Group | null = null;
  const memberCache = new Map<string, string[] | null>();
  const membersMemo = (id: string): string[] | null => {
    let m = memberCache.get(id);
    if (m === undefined) memberCache.set(id, (m = membersOf(id, layer.entities)));
    return m;
  };

  // Body first, then the title: a fact told in both keeps the body's sentence as evidence.
  const order = [...layer.sentences].sort((a, b) => (a.field === b.field ? a.index - b.index : a.field === 'body' ? -1 : 1));
  for (const s of order) {
    if (s.field === 'title' && s.index === 0) previous = plural = null;
    const text = s.text;
    const cands = sentenceCandidates(text);
    const ms = bySentence.get(s.index) ?? [];
    if (!cands.length) {
      // No trigger: only the subject matters, for a pronoun in the next sentence.
      const m = ms.find((x) => x.kind !== 'Place' && x.via !== 'pronoun');
      if (m) previous = { start: m.start - s.start, end: m.end - s.start, ids: [m.entityId], prep: null, possessive: false, collective: false, pronoun: false, via: m.via, kind: m.kind };
      continue;
    }
    const groups = sentenceGroups(s, ms, salience.top, layer.entities);
    const speaker = findSpeaker(text, groups);
    // Triggers of one clause share its date (keyed by the clause's bounds and the reading direction).
    const dateCache = new Map<number, ClauseDate>();
    // A capital that stands for its state ("Moscow said") is no venue.
    const places = ms.filter((m) => m.kind === 'Place' && !ms.some((o) => o.kind === 'State' && o.start === m.start));
    let prior: Group | null = null;
    const objectEnds = cands.filter((c) => c.pos === 'verb').map((c) => c.end);
    cands.forEach((c, k) => {
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
      const args = argumentsOf(text, c, groups, speaker, { stopAt, prior, previous, plural, objectEnds });
      if (!args) return;
      prior = args.actor;
      const bare = !c.trigger ? c.object?.def.bare : undefined;
      if (args.actor.ids.length > 1) plural = args.actor;
      const [cs, ce] = clauseBounds(text, c.start);
      const clause = text.slice(cs, ce);
      let when = cachedDate(dateCache, cs * (text.length + 1) + ce, clause, article.published, false);
      const { modality, condition, inCondition } = modalityOf(c.type, c.pos, text.slice(cs, c.start), text.slice(c.end, Math.min(ce, nextCand)), when.future, text.slice(c.end, ce));
      if (inCondition) return;
      if (bare && !(bare.vias?.includes(args.via) || args.modifierTarget || bare.modalities?.includes(modality) || bare.after?.test(text.slice(c.object!.end, c.object!.end + 40)))) return;
      if (modality === 'planned') when = cachedDate(dateCache, cs * (text.length + 1) + ce, clause, article.published, true);
      const place = places.find((p) => p.start - s.start >= cs && p.start - s.start < ce)?.entityId ?? null;
      let actors = args.actor.collective || args.actor.ids.length > 1 ? [...args.actor.ids] : [args.actor.ids[args.actor.ids.length - 1]];
      // "The E3 notified the Council": each member state the article names acts.
      let grouped: string[] = NONE;
      if (GROUP_MEMBERS.size) {
        for (const a of actors) if (membersMemo(a)) (grouped === NONE ? (grouped = []) : grouped).push(a);
        if (grouped.length) actors = [...new Set(actors.flatMap((a) => membersMemo(a) ?? [a]))];
      }
      if (SYMMETRIC.has(c.type) && !c.trigger?.oneWay) for (const t of args.counterpart) if (!actors.includes(t)) actors.push(t);
      // One object per trigger: its parties are the same whichever party of a collective acts.
      const objKind = c.object?.def.kind ?? (c.type === 'MEETS' ? 'Talks' : null);
      let objectOf: string | null | undefined;
      for (const a0 of actors) {
        let actor = a0, speakerId = args.speaker?.ids[0] ?? null;
        if (args.via === 'speaker' || args.via === 'pronoun' || args.via === 'previous') {
          const principal = principalOf(actor, layer.entities);
          if (principal) { speakerId = actor; actor = principal; }
        }
        const own = salience.stateOf(actor);
        // Counterparts are other sides: the actor's own state and its own officials are not ("Trump and Rubio met").
        let targets = [...args.actor.ids, ...args.targets].filter((t) => t !== actor && t !== own && t !== speakerId && !grouped.includes(t)
          && !(own && salience.stateOf(t) === own));
        targets = [...new Set(targets)];
        const named = [...targets];
        let confidence = c.confidence + VIA_CONFIDENCE[args.via];
        if (!targets.length) {
          if (c.trigger?.needsTarget) continue;
          targets = fallbackTargets(salience, actor, own);
          confidence -= 0.1;
        } else {
          // The article's main counterparts stand behind most acts even where the sentence names only one side.
          const represented = new Set(targets.map((t) => salience.stateOf(t) ?? t));
          for (const id of fallbackTargets(salience, actor, own).slice(0, 2)) if (!represented.has(id)) targets.push(id);
        }
        confidence = Math.max(0.05, Math.min(0.99, +confidence.toFixed(2)));
        if (confidence < minConfidence) continue;
        if (objectOf === undefined) {
          objectOf = null;
          if (objKind) {
            const ent = objectEntity({
              kind: objKind, subtype: c.object?.def.subtype ?? 'talks', name: c.object ? objectName(text, c, ce) : text.slice(c.start, c.end),
              type: c.type, modality, clause, actor, targets: [...new Set([...args.actor.ids.filter((id) => id !== actor), ...(named.length ? named : targets)])],
              place, date: when.date, deadline: when.deadline, condition,
            }, layer.entities, salience.stateOf);
            const had = objects.get(ent.id);
            if (had) mergeObject(had, ent); else objects.set(ent.id, ent);
            objectOf = ent.id;
          }
        }
        const objectId = objectOf;
        const key = `${c.type}|${actor}|${[...targets].sort().join(',')}|${modality}`;
        if (seen.has(key)) continue;
        seen.add(key);
        events.push({
          id: '',
          type: c.type, actor, object: objectId, targets, modality, date: when.date,
          evidence: text, span: [s.start, s.end], field: s.field,
          confidence,
          rule: args.via === 'subject' ? c.rule : `${c.rule}/${args.via}`,
          cameo: cameoOf(c.type, c.trigger, c.object?.def.subtype), speaker: speakerId,
        });
      }
    });
    previous = firstSubject(groups) ?? previous;
  }
  const merged = mergeOverlapping(events);
  const about = new Map<string, Event[]>();
  for (const e of merged) {
    const o = e.object ? objects.get(e.object) : undefined;
    e.id = eventId(e.type, e.actor, o ? { kind: o.kind, subtype: o.subtype } : null, e.targets, e.date, e.modality);
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

/** The date of a clause (`bounds` a number unique to its start and end), read once for all the triggers in it. */
function cachedDate(cache: Map<number, ClauseDate>, bounds: number, clause: string, published: string | null, forward: boolean): ClauseDate {
  const k = bounds * 2 + (forward ? 1 : 0);
  let d = cache.get(k);
  if (!d) cache.set(k, (d = clauseDate(clause, published, forward)));
  return d;
}

/** One event per (type, actor, modality) and overlapping targets: the same happening told twice. */
function mergeOverlapping(events: Event[]): Event[] {
  const out: Event[] = [];
  const byKey = new Map<string, Event[]>();
  for (const e of events) {
    const k = `${e.type}|${e.actor}|${e.modality}`;
    const list = byKey.get(k);
    const same = list?.find((o) => o.targets.some((t) => e.targets.includes(t)));
    if (same) { for (const t of e.targets) if (!same.targets.includes(t)) same.targets.push(t); continue; }
    out.push(e);
    if (list) list.push(e); else byKey.set(k, [e]);
  }
  return out;
}

/** The subject of a sentence, for a pronoun or an agentless clause in the next one. */
function firstSubject(groups: Group[]): Group | null {
  return groups.find((g) => !g.prep && !g.pronoun) ?? null;
}

/** The article's main counterpart, for an event whose sentence names none. */
function fallbackTargets(salience: Salience, actor: string, own: string | null): string[] {
  return salience.top(4, false).filter((id) => id !== actor && id !== own).slice(0, 3);
}
