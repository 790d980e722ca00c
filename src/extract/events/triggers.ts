/**
 * Finds the event triggers of one sentence and attaches to each the thing it is about:
 * "warned of fresh sanctions" is one WARNS trigger with a Sanction object, not a WARNS
 * and an IMPOSES. A thing mentioned with no verb governing it ("two rounds held in
 * Istanbul", "agreements on prisoner exchanges") reports the event its lexicon entry names.
 */
import type { EventType } from '../../domain/graph.ts';
import { findForms, type ObjectDef, type TriggerDef } from './lexicon.ts';

export interface ObjectHit { def: ObjectDef; start: number; end: number; text: string }

/** One event candidate of a sentence, offsets relative to the sentence text. */
export interface Candidate {
  type: EventType;
  rule: string;
  pos: TriggerDef['pos'];
  start: number;
  end: number;
  confidence: number;
  trigger?: TriggerDef;
  object?: ObjectHit;
}

interface Hit { start: number; end: number; text: string; trigger?: TriggerDef; object?: ObjectDef }

/** Words that may sit between a verb and its object ("warned of fresh sanctions"). */
const OBJECT_GAP = /^(?![^]*[,;:.!?()“”"])(?![^]*\b(?:that|which|who|whom|whose|and|but|or|if|unless|while|because|is|are|was|were|be|been|has|have|had|will|would|could|should|said|says|after|before|when|since|as|than|despite)\b)\s*(?:[\w'’$%.-]+\s+){0,6}$/i;
/** Words between a thing and a verb after it ("no agreement was reached", "sanctions were lifted"). */
const PASSIVE_GAP = /^\s+(?:(?:was|were|is|are|has|have|had|been|be|being|not|also|later|finally|formally|fully|officially|initially)\s+){1,4}$/i;
/** Between two things, the second is the topic of the first ("talks on a ceasefire"). */
const TOPIC_GAP = /^\s+(?:on|over|about|for|toward|towards|to|regarding|concerning|of)\s+(?:(?:a|an|the|new|possible|lasting|permanent|comprehensive|full|broader|potential|\w+-\w+)\s+)*$/i;

/** A verb followed by an infinitive ("agreed to lift", "refused to meet"). */
const COMPLEMENT_GAP = /^\s+(?:not\s+)?to\s+(?:(?:resume|hold|begin|start|continue|seek|engage in|restart)\s+)?$/i;

function hitsOf(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const f of findForms(text)) {
    let trigger = f.entry.trigger;
    if (trigger) {
      const next = text.slice(f.end, f.end + 60);
      if ((trigger.requires && !trigger.requires.test(next)) || (trigger.forbids && trigger.forbids.test(next))
        || (trigger.forbidsBefore && trigger.forbidsBefore.test(text.slice(Math.max(0, f.start - 30), f.start)))) trigger = undefined;
    }
    let object = f.entry.object;
    if (object?.forbidsBefore?.test(text.slice(Math.max(0, f.start - 30), f.start))) object = undefined;
    if (!trigger && !object) continue;
    hits.push({ start: f.start, end: f.end, text: f.text, trigger, object });
  }
  return hits;
}

/** Whether trigger `t` takes a thing of this kind as its object. */
function wants(t: TriggerDef, o: ObjectDef): boolean {
  return !t.objectKinds || t.objectKinds.includes(o.kind);
}

/**
 * The thing at hit `j`, taking the thing it is about as its topic ("talks on a ceasefire",
 * "new round of negotiations"): the topic is consumed, and a generic agreement takes the
 * topic's subtype ("agreements on prisoner exchanges").
 */
function withTopic(text: string, hits: Hit[], j: number, consumed: Set<number>): ObjectHit {
  const h = hits[j];
  const hit: ObjectHit = { def: h.object!, start: h.start, end: h.end, text: h.text };
  const next = hits[j + 1];
  if (next?.object && !consumed.has(j + 1) && TOPIC_GAP.test(text.slice(h.end, next.start))) {
    consumed.add(j + 1);
    if (next.object.kind === h.object!.kind && (h.object!.subtype === 'agreement' || h.object!.subtype === 'talks')) {
      hit.def = next.object;
    }
  }
  return hit;
}

/** The event candidates of one sentence, in text order. */
export function sentenceCandidates(text: string): Candidate[] {
  const hits = hitsOf(text);
  const consumed = new Set<number>();
  const out: Candidate[] = [];
  // Verb and noun triggers, each taking the first thing after it (or the thing right before it, passive).
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.trigger || consumed.has(i)) continue;
    const t = h.trigger;
    let object: ObjectHit | undefined;
    if (h.object) object = { def: h.object, start: h.start, end: h.end, text: h.text };
    for (let j = i + 1; j < hits.length && !object; j++) {
      const o = hits[j];
      if (!OBJECT_GAP.test(text.slice(h.end, o.start))) break;
      if (o.object && wants(t, o.object) && !consumed.has(j)) { object = withTopic(text, hits, j, consumed); consumed.add(j); }
      else if (o.trigger?.pos === 'noun') consumed.add(j); // "rejected the proposal": the proposal is what is rejected
      else if (o.trigger) break;
    }
    if (!object && i > 0) {
      const o = hits[i - 1];
      const gap = text.slice(o.end, h.start);
      if (o.object && !consumed.has(i - 1) && wants(t, o.object) && (PASSIVE_GAP.test(gap) || /^\s+$/.test(gap))) {
        object = { def: o.object, start: o.start, end: o.end, text: o.text };
        consumed.add(i - 1);
        const k = out.findIndex((c) => c.object?.start === o.start && !c.trigger);
        if (k >= 0) out.splice(k, 1);
      }
    }
    // A verb complement ("refused to meet", "agreed to lift sanctions") belongs to the head trigger.
    const next = hits[i + 1];
    if (!object && next?.trigger && !consumed.has(i + 1) && COMPLEMENT_GAP.test(text.slice(h.end, next.start))) {
      consumed.add(i + 1);
      if (next.object) object = { def: next.object, start: next.start, end: next.end, text: next.text };
      else {
        const after = hits[i + 2];
        if (after?.object && OBJECT_GAP.test(text.slice(next.end, after.start))) { object = { def: after.object, start: after.start, end: after.end, text: after.text }; consumed.add(i + 2); }
      }
    }
    if (t.requiresObject && !object) continue;
    consumed.add(i);
    const type = (object && t.byObject?.[object.def.kind]) || t.type;
    out.push({ type, rule: type === t.type ? t.rule : `${t.rule}>${type.toLowerCase()}`, pos: t.pos, start: h.start, end: h.end, confidence: t.confidence, trigger: t, object });
  }
  // Things no verb governs report their own event; a thing's topic ("talks on a ceasefire") is not a second event.
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (consumed.has(i) || !h.object) continue;
    consumed.add(i);
    const object = withTopic(text, hits, i, consumed);
    const ev = h.object.event;
    out.push({ type: ev.type, rule: ev.rule, pos: 'noun', start: h.start, end: h.end, confidence: ev.confidence, object });
  }
  return out.sort((a, b) => a.start - b.start);
}
