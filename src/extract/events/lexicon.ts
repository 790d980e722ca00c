/**
 * Compiles the trigger and modality lexicons (`../lexicon/triggers.json`,
 * `../lexicon/modality.json`) once, at module load, into the regular expressions the
 * event rules run per sentence.
 */
import type { EventType, Modality } from '../../domain/graph.ts';
import triggerData from '../lexicon/triggers.json' with { type: 'json' };
import modalityData from '../lexicon/modality.json' with { type: 'json' };

export type ObjectKind = 'Talks' | 'Sanction' | 'Agreement' | 'Aid';

/** A trigger entry of triggers.json. */
export interface TriggerDef {
  rule: string;
  type: EventType;
  pos: 'verb' | 'noun' | 'modal' | 'offence' | 'agent-after';
  cameo?: string;
  requires?: RegExp;
  forbids?: RegExp;
  forbidsBefore?: RegExp;
  requiresObject?: boolean;
  objectKinds?: ObjectKind[];
  byObject?: Partial<Record<ObjectKind, EventType>>;
  /** Drop the event when its clause names no counterpart ("spoke to reporters"). */
  needsTarget?: boolean;
  /** A symmetric type that binds only the actor ("visited Belgrade"). */
  oneWay?: boolean;
  confidence: number;
}

/** An object entry of triggers.json: a thing events are about, and what its bare mention reports. */
export interface ObjectDef {
  kind: ObjectKind;
  subtype: string;
  event: { type: EventType; rule: string; confidence: number };
  /** When a bare mention counts: its actor found by one of `vias`, or `after` matching what follows, or a modality. */
  bare?: { vias?: string[]; after?: RegExp; modalities?: string[] };
  /** Not this thing when the text just before matches ("to deal with" is a verb). */
  forbidsBefore?: RegExp;
}

/** What one matched form stands for: a trigger, an object, or both ("meeting"). */
export interface FormEntry {
  trigger?: TriggerDef;
  object?: ObjectDef;
}

interface RawTrigger {
  rule: string; type: string; pos: string; forms: string[]; cameo?: string; requires?: string; forbids?: string; forbidsBefore?: string;
  requiresObject?: boolean; objectKinds?: string[]; byObject?: Record<string, string>; needsTarget?: boolean; oneWay?: boolean; confidence?: number;
}
interface RawObject {
  kind: string; subtype: string; forms: string[]; event: { type: string; rule: string; confidence?: number };
  bare?: { vias?: string[]; after?: string; modalities?: string[] }; forbidsBefore?: string;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");

const byForm = new Map<string, FormEntry>();
for (const t of triggerData.triggers as RawTrigger[]) {
  const def: TriggerDef = {
    rule: t.rule, type: t.type as EventType, pos: t.pos as TriggerDef['pos'], cameo: t.cameo,
    requires: t.requires ? new RegExp(t.requires) : undefined,
    forbids: t.forbids ? new RegExp(t.forbids, 'i') : undefined,
    forbidsBefore: t.forbidsBefore ? new RegExp(t.forbidsBefore, 'i') : undefined,
    requiresObject: t.requiresObject, objectKinds: t.objectKinds as ObjectKind[] | undefined,
    byObject: t.byObject as TriggerDef['byObject'], needsTarget: t.needsTarget, oneWay: t.oneWay, confidence: t.confidence ?? 0.7,
  };
  for (const f of t.forms) {
    const e = byForm.get(norm(f)) ?? {};
    if (!e.trigger) e.trigger = def;
    byForm.set(norm(f), e);
  }
}
for (const o of triggerData.objects as RawObject[]) {
  const def: ObjectDef = {
    kind: o.kind as ObjectKind, subtype: o.subtype,
    event: { type: o.event.type as EventType, rule: o.event.rule, confidence: o.event.confidence ?? 0.5 },
    forbidsBefore: o.forbidsBefore ? new RegExp(o.forbidsBefore, 'i') : undefined,
    bare: o.bare && { vias: o.bare.vias, modalities: o.bare.modalities, after: o.bare.after ? new RegExp(o.bare.after) : undefined },
  };
  for (const f of o.forms) {
    const e = byForm.get(norm(f)) ?? {};
    if (!e.object) e.object = def;
    byForm.set(norm(f), e);
  }
}

/** Forms by their first word, longest first, so that the longest form wins at a position. */
const byFirst = new Map<string, { words: string[]; entry: FormEntry }[]>();
for (const [form, entry] of byForm) {
  const words = form.split(' ');
  const list = byFirst.get(words[0]) ?? [];
  list.push({ words, entry });
  byFirst.set(words[0], list);
}
for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * A filter in front of `byFirst` (as in ../mentions/gazetteer.ts): `FIRST_BITS[sig(w)]` has bit
 * `min(length, 31)` set for every first word `w` of a form; most words start no form.
 */
const SIG_MASK = 16383;
const sigAt = (s: string, from: number, to: number): number =>
  (s.charCodeAt(from) * 961 + (to - from > 1 ? s.charCodeAt(from + 1) * 31 + s.charCodeAt(to - 1) : 0)) & SIG_MASK;
const lengthBit = (n: number): number => 1 << (n < 31 ? n : 31);
const FIRST_BITS = new Int32Array(SIG_MASK + 1);
for (const first of byFirst.keys()) if (first.length) FIRST_BITS[sigAt(first, 0, first.length)] |= lengthBit(first.length);

function isSpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  // White space, and quotation marks that may open or close inside a phrase ("would “like to talk”").
  for (let i = from; i < to; i++) { const c = text.charCodeAt(i); if (c !== 32 && c !== 10 && c !== 9 && c !== 160 && c !== 0x201c && c !== 0x201d && c !== 34) return false; }
  return true;
}

/** A matched lexicon form, offsets in the text searched. */
export interface FormHit { start: number; end: number; text: string; entry: FormEntry }

/** A word: a letter or digit (A-Z, a-z, 0-9, U+00C0-U+024F), then those or ' ’ - (by UTF-16 code unit). */
const isWordStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
const isWordPart = (c: number): boolean => isWordStart(c) || c === 39 || c === 0x2019 || c === 45;

/**
 * Every trigger and object form in `text`, left to right, without overlaps: a word scan
 * with one map look-up per word (case-insensitive; words of a form separated by white space).
 */
export function findForms(text: string): FormHit[] {
  return findFormsAscii(text) ?? findFormsLowered(text);
}

/**
 * Code units whose lower case is themselves (bit 1) or not (bit 2), filled on first use; surrogates count
 * as not (a pair may lower-case to another pair).
 */
const LOWER_CLASS = new Uint8Array(65536);
function lowerIsSelf(c: number): boolean {
  let v = LOWER_CLASS[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = c >= 0xd800 && c <= 0xdfff ? 2 : ch.toLowerCase() === ch ? 1 : 2;
    LOWER_CLASS[c] = v;
  }
  return v === 1;
}

/** A code unit as `text.toLowerCase().replace(/’/g, "'")` has it, for text whose lower case differs only in ASCII capitals. */
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c);

/**
 * The first words of forms again, in an open-addressing table keyed by a hash of their code units, so that
 * `findFormsAscii` looks a word of the text up where it stands: no slice, no lower-cased copy, no string hash.
 * Same keys and lists as `byFirst` (the empty first word, which no word of a text is, left out). In front of
 * it, one bit per value of the hash's top 15 bits (4 KB, which stays in cache): most words start no form.
 */
const FIRST_MASK = 2047;
const FIRST_FILTER = new Int32Array(1024);
const filterHas = (h: number): boolean => (FIRST_FILTER[h >>> 22] & (1 << ((h >>> 17) & 31))) !== 0;
const FIRST_SLOT = new Int32Array(FIRST_MASK + 1).fill(-1);
const FIRST_HASH = new Int32Array(FIRST_MASK + 1);
const FIRST_WORDS: string[] = [];
const FIRST_LISTS: { words: string[]; entry: FormEntry }[][] = [];
/** FNV-1a step over one code unit. */
const fnv = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
for (const [first, list] of byFirst) {
  if (!first.length) continue;
  let h = 0x811c9dc5;
  for (let i = 0; i < first.length; i++) h = fnv(h, first.charCodeAt(i));
  let slot = h & FIRST_MASK;
  while (FIRST_SLOT[slot] >= 0) slot = (slot + 1) & FIRST_MASK;
  FIRST_SLOT[slot] = FIRST_WORDS.length;
  FIRST_HASH[slot] = h;
  FIRST_FILTER[h >>> 22] |= 1 << ((h >>> 17) & 31);
  FIRST_WORDS.push(first);
  FIRST_LISTS.push(list);
}

/** The forms that start with the word `text[from, to)` as `lowerCode` reads it (`h` its hash), or null. */
function formsStartingAt(text: string, from: number, to: number, h: number): { words: string[]; entry: FormEntry }[] | null {
  const len = to - from;
  for (let slot = h & FIRST_MASK; ; slot = (slot + 1) & FIRST_MASK) {
    const k = FIRST_SLOT[slot];
    if (k < 0) return null;
    if (FIRST_HASH[slot] === h && FIRST_WORDS[k].length === len && sameLower(text, from, FIRST_WORDS[k])) return FIRST_LISTS[k];
  }
}

/** `isWordStart` (bit 1) and `isWordPart` (bit 2) of the code units below U+0250 (’, the one word part above, tested apart). */
const WORD_CLASS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) WORD_CLASS[c] = (isWordStart(c) ? 1 : 0) | (isWordPart(c) ? 2 : 0);

/** Word offsets of the last `findFormsAscii` call, and which words pass `FIRST_BITS` (reused: the scan is not re-entrant), grown as needed. */
let wordStarts = new Int32Array(256), wordEnds = new Int32Array(256), firstCandidates = new Int32Array(256), candidateHashes = new Int32Array(256);

/**
 * `findFormsLowered` for text whose lower case differs from it only in ASCII capitals (nearly all text):
 * the same scan over `text` itself, reading the few words the filter lets through in place instead of
 * lower-casing the whole sentence. Null for other text (a character outside ASCII that lower-casing changes).
 * One pass finds the words, hashing each, and notes those that may start a form; only those are then looked up.
 */
function findFormsAscii(text: string): FormHit[] | null {
  let starts = wordStarts, ends = wordEnds, cands = firstCandidates, hashes = candidateHashes;
  let count = 0, candidates = 0;
  const n = text.length;
  for (let p = 0; p < n;) {
    const c = text.charCodeAt(p);
    if (c >= 128 && !lowerIsSelf(c)) return null;
    if (c >= 0x250 || (WORD_CLASS[c] & 1) === 0) { p++; continue; }
    const start = p++;
    let h = fnv(0x811c9dc5, lowerCode(c));
    for (; p < n; p++) {
      const d = text.charCodeAt(p);
      if (d < 0x250 ? (WORD_CLASS[d] & 2) === 0 : d !== 0x2019) break;
      if (d >= 128 && !lowerIsSelf(d)) return null;
      h = fnv(h, lowerCode(d));
    }
    if (count === starts.length) {
      const s2 = new Int32Array(count * 2), e2 = new Int32Array(count * 2), c2 = new Int32Array(count * 2), h2 = new Int32Array(count * 2);
      s2.set(starts); e2.set(ends); c2.set(cands); h2.set(hashes);
      wordStarts = starts = s2; wordEnds = ends = e2; firstCandidates = cands = c2; candidateHashes = hashes = h2;
    }
    if (filterHas(h)) { cands[candidates] = count; hashes[candidates] = h; candidates++; }
    starts[count] = start; ends[count] = p; count++;
  }
  const hits: FormHit[] = [];
  // Words inside a form already matched start none (`after`: the first word past it).
  let after = 0;
  for (let ci = 0; ci < candidates; ci++) {
    const i = cands[ci];
    if (i < after) continue;
    const list = formsStartingAt(text, starts[i], ends[i], hashes[ci]);
    if (!list) continue;
    for (let f = 0; f < list.length; f++) {
      const fw = list[f].words;
      if (i + fw.length > count) continue;
      let ok = true;
      for (let k = 1; k < fw.length && ok; k++) {
        const w = fw[k], at = starts[i + k];
        ok = ends[i + k] - at === w.length && sameLower(text, at, w) && isSpace(text, ends[i + k - 1], at);
      }
      if (!ok) continue;
      const start = starts[i], end = ends[i + fw.length - 1];
      hits.push({ start, end, text: text.slice(start, end), entry: list[f].entry });
      after = i + fw.length;
      break;
    }
  }
  return hits;
}

/** Whether `text` at `at`, lower-cased as `lowerCode` does, starts with `w`. */
function sameLower(text: string, at: number, w: string): boolean {
  for (let q = 0; q < w.length; q++) if (lowerCode(text.charCodeAt(at + q)) !== w.charCodeAt(q)) return false;
  return true;
}

/** `findForms` over the lower-cased text as a whole (text with capitals outside ASCII). */
function findFormsLowered(text: string): FormHit[] {
  const starts: number[] = [], ends: number[] = [];
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = text; // a case mapping that changes length: match as written
  if (lower.indexOf('’') >= 0) lower = lower.replace(/’/g, "'");
  const n = lower.length;
  for (let p = 0; p < n;) {
    if (!isWordStart(lower.charCodeAt(p))) { p++; continue; }
    const start = p++;
    while (p < n && isWordPart(lower.charCodeAt(p))) p++;
    starts.push(start); ends.push(p);
  }
  const hits: FormHit[] = [];
  const count = starts.length;
  for (let i = 0; i < count; i++) {
    const len = ends[i] - starts[i];
    if ((FIRST_BITS[sigAt(lower, starts[i], ends[i])] & lengthBit(len)) === 0) continue;
    const list = byFirst.get(lower.slice(starts[i], ends[i]));
    if (!list) continue;
    for (const { words: fw, entry } of list) {
      if (i + fw.length > count) continue;
      let ok = true;
      for (let k = 1; k < fw.length && ok; k++) {
        const w = fw[k], at = starts[i + k];
        ok = ends[i + k] - at === w.length && lower.startsWith(w, at) && isSpace(text, ends[i + k - 1], at);
      }
      if (!ok) continue;
      const start = starts[i], end = ends[i + fw.length - 1];
      hits.push({ start, end, text: text.slice(start, end), entry });
      i += fw.length - 1;
      break;
    }
  }
  return hits;
}

/** Names of organisations that report rather than act (news outlets). */
export const NON_ACTOR = new RegExp(triggerData.nonActors);

/** Types whose act binds both sides: "Trump met Putin" is also Putin meeting Trump. */
export const SYMMETRIC: ReadonlySet<EventType> = new Set(triggerData.symmetric as EventType[]);

/** CAMEO root of an event type, with the AGREED choice by the agreement's subtype. */
export function cameoOf(type: EventType, def: TriggerDef | undefined, subtype: string | undefined): string {
  if (def?.cameo && def.type === type) return def.cameo;
  if (type === 'AGREED' && subtype) {
    const bySub = (triggerData.agreedCameoBySubtype as Record<string, string>)[subtype];
    if (bySub) return bySub;
  }
  return (triggerData.cameo as Record<string, string>)[type];
}

/** Modality cue expressions: `before` ends at the trigger (within `words` words), `after` anywhere after it. */
export interface ModalityCues { before?: RegExp; after?: RegExp }

const cueSource = (xs: string[]) => xs.map((x) => x.replace(/\s+/g, '\\s+')).join('|');
function beforeRe(xs: string[] | undefined, words: number): RegExp | undefined {
  if (!xs?.length) return undefined;
  return new RegExp(`(?:^|[^\\w'’])(?:${cueSource(xs)})(?:[^\\w]+[\\w'’-]+){0,${words}}[^\\w]*$`, 'i');
}
function afterRe(xs: string[] | undefined): RegExp | undefined {
  if (!xs?.length) return undefined;
  return new RegExp(`(?:^|[^\\w'’])(?:${cueSource(xs)})(?![\\w])`, 'i');
}

const md = modalityData as unknown as Record<string, { before?: string[]; after?: string[] }>;
/** Cues by modality, in order of precedence. */
export const MODALITY_CUES: [Modality, ModalityCues][] = [
  ['negated', { before: beforeRe(md.negated.before, 3), after: afterRe(md.negated.after) }],
  ['conditional', { before: beforeRe(md.conditional.before, 8), after: afterRe(md.conditional.after) }],
  ['hypothetical', { before: beforeRe(md.hypothetical.before, 3) }],
  ['planned', { before: beforeRe(md.planned.before, 3), after: afterRe(md.planned.after) }],
];
