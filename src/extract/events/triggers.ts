/**
 * Finds the event triggers of one sentence and attaches to each the thing it is about:
 * "warned of fresh sanctions" is one WARNS trigger with a Sanction object, not a WARNS
 * and an IMPOSES. A thing mentioned with no verb governing it ("two rounds held in
 * Istanbul", "agreements on prisoner exchanges") reports the event its lexicon entry names.
 */
import type { EventType } from '../../domain/graph.ts';
import { findForms, type ObjectDef, type TriggerDef } from './lexicon.ts';
import { isSpaceCode } from '../white-space.ts';

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

/**
 * Words that may sit between a verb and its object ("warned of fresh sanctions"):
 * `/^(?![^]*[,;:.!?()“”"])(?![^]*\b(?:GAP_STOP_WORDS)\b)\s*(?:[\w'’$%.-]+\s+){0,6}$/i`, read in place by `objectGap`.
 */
const GAP_STOP_WORDS = ['that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'if', 'unless', 'while', 'because', 'is', 'are', 'was', 'were',
  'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'said', 'says', 'after', 'before', 'when', 'since', 'as', 'than', 'despite'];
/** `GAP_STOP_WORDS` by length. */
const STOP_WORDS_BY_LENGTH: string[][] = [];
for (const w of GAP_STOP_WORDS) (STOP_WORDS_BY_LENGTH[w.length] ??= []).push(w);

/** Whether `text[from, to)`, a run of `\w` code units, is one of `GAP_STOP_WORDS` in any case (as `/\bword\b/i` finds it). */
function isGapStopWord(text: string, from: number, to: number): boolean {
  const words = STOP_WORDS_BY_LENGTH[to - from];
  if (!words) return false;
  // `| 32` folds an ASCII capital onto its small letter, and no other `\w` code unit onto a small letter.
  for (const w of words) {
    let q = 0;
    while (q < w.length && (text.charCodeAt(from + q) | 32) === w.charCodeAt(q)) q++;
    if (q === w.length) return true;
  }
  return false;
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Whether `text[from, to)` is an object gap (the regular expression above), read in place with no regular expression:
 * only white space and `[\w'’$%-]` (the final group allows no other character, and the first look-ahead no `.`),
 * at most six words, white space last (each of the at most six groups is one whole run of word
 * characters followed by white space), and no run of `\w` (what `\b…\b` delimits) a stop word.
 */
function objectGap(text: string, from: number, to: number): boolean {
  let words = 0, inWord = false, run = -1;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isWordCode(c)) {
      if (run < 0) run = p;
    } else {
      if (run >= 0 && isGapStopWord(text, run, p)) return false;
      run = -1;
      if (isSpaceCode(c)) { inWord = false; continue; }
      if (!(c === 39 || c === 0x2019 || c === 36 || c === 37 || c === 45)) return false;
    }
    if (!inWord) { inWord = true; if (++words > 6) return false; }
  }
  // The text ends in white space, or is empty, when it is a gap: no run of `\w` is left to test.
  return !inWord;
}
const objectGapText = (s: string): boolean => objectGap(s, 0, s.length);
const ALL_SPACE = /^\s+$/;

/** Words between a thing and a verb after it ("no agreement was reached", "sanctions were lifted"). */
const PASSIVE_GAP = /^\s+(?:(?:was|were|is|are|has|have|had|been|be|being|not|also|later|finally|formally|fully|officially|initially)\s+){1,4}$/i;
/** Between two things, the second is the topic of the first ("talks on a ceasefire"). */
const TOPIC_GAP = /^\s+(?:on|over|about|for|toward|towards|to|regarding|concerning|of)\s+(?:(?:a|an|the|new|possible|lasting|permanent|comprehensive|full|broader|potential|\w+-\w+)\s+)*$/i;

/** Whether a thing right before a verb is its object, by what is between (sliced only when the thing may be). */
const passiveGap = (gap: string): boolean => PASSIVE_GAP.test(gap) || ALL_SPACE.test(gap);

/** A verb followed by an infinitive ("agreed to lift", "refused to meet"). */
const COMPLEMENT_GAP = /^\s+(?:not\s+)?to\s+(?:(?:resume|hold|begin|start|continue|seek|engage in|restart)\s+)?$/i;

/**
 * An indefinite article before a verb trigger's base form makes it a noun naming a kind of act,
 * not a report of one ("a phased release of hostages", "a key demand from", "any request").
 * Case-sensitive: "the US agreed" is no article + adjective.
 */
const ARTICLE_BEFORE = /\b(?:[Aa]n?|[Aa]ny)\s+(?:[a-z][a-z-]*\s+)?$/;
const ARTICLE_RIGHT_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+$/;

/** Whether `w` ends with `suffix` (ASCII lower case) in either case, as `/suffix$/i` tests. */
function endsWithCI(w: string, suffix: string): boolean {
  const at = w.length - suffix.length;
  if (at < 0) return false;
  // `| 32` folds an ASCII capital onto its small letter and no other code unit onto a small letter.
  for (let i = 0; i < suffix.length; i++) if ((w.charCodeAt(at + i) | 32) !== suffix.charCodeAt(i)) return false;
  return true;
}

/**
 * A verb form that is no base form ("agreed", "demanding", "urges"), or a noun made to name the act ("mediation", "facilitator"):
 * `/(?:ed|ing|s|ion|or|ence|ance|ment)$/i` without the regular expression.
 */
const isInflected = (w: string): boolean => endsWithCI(w, 's') || endsWithCI(w, 'ed') || endsWithCI(w, 'ing') || endsWithCI(w, 'ion')
  || endsWithCI(w, 'or') || endsWithCI(w, 'ence') || endsWithCI(w, 'ance') || endsWithCI(w, 'ment');

/** Whether white space and then a small ASCII letter follow `at`, within the next 60 code units (`/^\s+[a-z]/` on them). */
function lowerWordNext(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 60);
  let p = at;
  while (p < limit && isSpaceCode(text.charCodeAt(p))) p++;
  if (p === at || p >= limit) return false;
  const c = text.charCodeAt(p);
  return c >= 97 && c <= 122;
}

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
      const next = trigger.requires || trigger.forbids ? text.slice(f.end, f.end + 60) : '';
      if ((trigger.requires && !trigger.requires.test(next)) || (trigger.forbids && trigger.forbids.test(next))
        || (trigger.forbidsBefore && trigger.forbidsBefore.test(text.slice(Math.max(0, f.start - 30), f.start)))) trigger = undefined;
      else if (trigger.pos === 'verb' && f.text.indexOf(' ') < 0) {
        if (!isInflected(f.text)) {
          if (ARTICLE_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))) trigger = undefined;
        } else if (endsWithCI(f.text, 'ed') && lowerWordNext(text, f.end) && ARTICLE_RIGHT_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start))) {
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
function withTopic(text: string, hits: Hit[], j: number, consumed: Uint8Array): ObjectHit {
  const h = hits[j];
  const hit: ObjectHit = { def: h.object!, start: h.start, end: h.end, text: h.text };
  const next = hits[j + 1];
  if (next?.object && consumed[j + 1] !== 1 && TOPIC_GAP.test(text.slice(h.end, next.start))) {
    consumed[j + 1] = 1;
    if (next.object.kind === h.object!.kind && (h.object!.subtype === 'agreement' || h.object!.subtype === 'talks')) {
      hit.def = next.object;
    }
  }
  return hit;
}

/** Whether the candidates are in order of start (the stable sort by start would leave them as they are). */
function inStartOrder(cs: Candidate[]): boolean {
  for (let k = 1; k < cs.length; k++) if (cs[k].start < cs[k - 1].start) return false;
  return true;
}

/** The `consumed` marks of the last `sentenceCandidates` call (reused, not re-entrant: a typed array is costly to make), grown as needed. */
let consumedMarks = new Uint8Array(32);

/** `consumedMarks` for `n` hits, all cleared. */
function clearedMarks(n: number): Uint8Array {
  if (consumedMarks.length < n) consumedMarks = new Uint8Array(Math.max(n, consumedMarks.length * 2));
  consumedMarks.fill(0, 0, n);
  return consumedMarks;
}

/** The event candidates of one sentence, in text order. */
export function sentenceCandidates(text: string): Candidate[] {
  const hits = hitsOf(text);
  if (!hits.length) return [];
  /** 1 for the hits taken already (as a trigger, an object or a topic); read and written only below `hits.length`. */
  const consumed = clearedMarks(hits.length);
  const out: Candidate[] = [];
  // Verb and noun triggers, each taking the first thing after it (or the thing right before it, passive).
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.trigger || consumed[i] === 1) continue;
    const t = h.trigger;
    let object: ObjectHit | undefined;
    if (h.object) object = { def: h.object, start: h.start, end: h.end, text: h.text };
    for (let j = i + 1; j < hits.length && !object; j++) {
      const o = hits[j];
      if (!objectGap(text, h.end, o.start)) break;
      if (o.object && wants(t, o.object) && consumed[j] !== 1) { object = withTopic(text, hits, j, consumed); consumed[j] = 1; }
      else if (o.trigger?.pos === 'noun') consumed[j] = 1; // "rejected the proposal": the proposal is what is rejected
      else if (o.trigger) break;
    }
    if (!object && i > 0) {
      const o = hits[i - 1];
      if (o.object && consumed[i - 1] !== 1 && wants(t, o.object) && passiveGap(text.slice(o.end, h.start))) {
        object = { def: o.object, start: o.start, end: o.end, text: o.text };
        consumed[i - 1] = 1;
        const k = out.findIndex((c) => c.object?.start === o.start && !c.trigger);
        if (k >= 0) out.splice(k, 1);
      }
    }
    // A verb complement ("refused to meet", "agreed to lift sanctions") belongs to the head trigger.
    const next = hits[i + 1];
    if (!object && next?.trigger && consumed[i + 1] !== 1 && COMPLEMENT_GAP.test(text.slice(h.end, next.start))) {
      consumed[i + 1] = 1;
      if (next.object) object = { def: next.object, start: next.start, end: next.end, text: next.text };
      else {
        const after = hits[i + 2];
        // Scare quotes round a modifier do not end the phrase: threatened to impose "very severe" tariffs.
        if (after?.object && objectGapText(text.slice(next.end, after.start).replace(QUOTES, ''))) { object = { def: after.object, start: after.start, end: after.end, text: after.text }; consumed[i + 2] = 1; }
      }
    }
    if (t.requiresObject && !object) continue;
    consumed[i] = 1;
    const type = (object && t.byObject?.[object.def.kind]) || t.type;
    out.push({ type, rule: type === t.type ? t.rule : `${t.rule}>${type.toLowerCase()}`, pos: t.pos, start: h.start, end: h.end, confidence: t.confidence, trigger: t, object });
  }
  // Things no verb governs report their own event; a thing's topic ("talks on a ceasefire") is not a second event.
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (consumed[i] === 1 || !h.object) continue;
    consumed[i] = 1;
    const object = withTopic(text, hits, i, consumed);
    const ev = h.object.event;
    out.push({ type: ev.type, rule: ev.rule, pos: 'noun', start: h.start, end: h.end, confidence: ev.confidence, trigger: undefined, object });
  }
  // Mostly in order already (only the things no verb governs come after the triggers): sort only when not.
  if (!inStartOrder(out)) out.sort((a, b) => a.start - b.start);
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
