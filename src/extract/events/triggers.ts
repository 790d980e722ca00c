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

/**
 * An indefinite article before a verb trigger's base form makes it a noun naming a kind of act,
 * not a report of one ("a phased release of hostages", "a key demand from", "any request").
 * Case-sensitive: "the US agreed" is no article + adjective.
 */
const ARTICLE_BEFORE = /\b(?:[Aa]n?|[Aa]ny)\s+(?:[a-z][a-z-]*\s+)?$/;
/** A participle right after an article or possessive ("the adopted declaration"). */
const PARTICIPLE = /ed$/i;
const LOWER_NEXT = /^\s+[a-z]/;
const ARTICLE_RIGHT_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+$/;
/** A verb form that is no base form ("agreed", "demanding", "urges"), or a noun made to name the act ("mediation", "facilitator"). */
const INFLECTED = /(?:ed|ing|s|ion|or|ence|ance|ment)$/i;

/** Between a warning and the sanctions it threatens: "that X would impose", "it will face", "with". */
const THREAT_CONTENT = /^(?![^]*[;:.!?])[^]{0,80}?\b(?:that|with|of)\b[^]{0,60}?\b(?:would|will|could|may|might)\b[^]{0,30}$|^\s+(?:[\w'’-]+\s+){0,3}(?:with|of)\s+(?:[\w'’-]+\s+){0,3}$/i;
const COORDINATED = /^\s*(?:,\s*)?(?:and|or)\s+(?:[\w'’-]+\s+){0,2}$/i;
const QUOTES = /["“”]/g;
const ROUND = /\bround$/i;
const ROUND_OF = /^\s+of\b/i;
const ROUND_OF_GAP = /^\s+of\s+(?:[\w-]+\s+){0,2}$/i;
const ROUND_OF_TALKS = /^\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|discussions|consultations|dialogue|meetings|contacts|exchanges)\b/i;

function hitsOf(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const f of findForms(text)) {
    let trigger = f.entry.trigger;
    if (trigger) {
      const next = text.slice(f.end, f.end + 60);
      if ((trigger.requires && !trigger.requires.test(next)) || (trigger.forbids && trigger.forbids.test(next))
        || (trigger.forbidsBefore && trigger.forbidsBefore.test(text.slice(Math.max(0, f.start - 30), f.start)))) trigger = undefined;
      else if (trigger.pos === 'verb' && f.text.indexOf(' ') < 0) {
        if (!INFLECTED.test(f.text)) {
          if (ARTICLE_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))) trigger = undefined;
        } else if (PARTICIPLE.test(f.text) && LOWER_NEXT.test(next) && ARTICLE_RIGHT_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start))) {
          // "the adopted declaration", "a signed agreement": a participle between article and noun describes the thing.
          trigger = undefined;
        }
      }
    }
    let object = f.entry.object;
    if (object?.forbidsBefore?.test(text.slice(Math.max(0, f.start - 30), f.start))) object = undefined;
    if (!trigger && !object) continue;
    hits.push({ start: f.start, end: f.end, text: f.text, trigger, object });
  }
  // "a new round of sanctions" is sanctions, "a round of strikes" no talks: a round is of what follows it.
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.object?.kind !== 'Talks' || !ROUND.test(h.text)) continue;
    const tail = text.slice(h.end, h.end + 40);
    if (!ROUND_OF.test(tail)) continue;
    const next = hits[i + 1];
    if (next?.object && next.object.kind !== 'Talks' && ROUND_OF_GAP.test(text.slice(h.end, next.start))) {
      hits[i] = { start: h.start, end: next.end, text: text.slice(h.start, next.end), trigger: h.trigger, object: next.object };
      hits.splice(i + 1, 1);
    } else if (!ROUND_OF_TALKS.test(tail)) h.object = undefined;
    if (!h.object && !h.trigger) hits.splice(i--, 1);
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
        // Scare quotes round a modifier do not end the phrase: threatened to impose "very severe" tariffs.
        if (after?.object && OBJECT_GAP.test(text.slice(next.end, after.start).replace(QUOTES, ''))) { object = { def: after.object, start: after.start, end: after.end, text: after.text }; consumed.add(i + 2); }
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
    out.push({ type: ev.type, rule: ev.rule, pos: 'noun', start: h.start, end: h.end, confidence: ev.confidence, trigger: undefined, object });
  }
  out.sort((a, b) => a.start - b.start);
  // "warned Moscow that the United States would impose tariffs", "threatened Russia with new sanctions if ...":
  // the sanctions threatened are the warning's object, not an act of imposing.
  for (let k = 0; k + 1 < out.length; k++) {
    const c = out[k], d = out[k + 1];
    if (c.type !== 'WARNS' || c.object || d.type !== 'IMPOSES' || d.object?.def.kind !== 'Sanction') continue;
    if (!THREAT_CONTENT.test(text.slice(c.end, d.start))) continue;
    c.object = d.object;
    out.splice(k + 1, 1);
    // "sanctions and secondary tariffs": what is coordinated with the threatened thing is threatened too.
    while (out[k + 1] && !out[k + 1].trigger && out[k + 1].object?.def.kind === 'Sanction'
      && COORDINATED.test(text.slice(c.object.end, out[k + 1].object!.start))) {
      const end = out[k + 1].object!.end;
      c.object = { ...c.object, end, text: text.slice(c.object.start, end) };
      out.splice(k + 1, 1);
    }
  }
  return out;
}
