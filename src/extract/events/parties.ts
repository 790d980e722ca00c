/**
 * The parties of one sentence: its mentions of people, states and organisations, with
 * title modifiers folded into the person they qualify ("Russian President Vladimir
 * Putin" is one party, Putin), coordinations grouped ("Russia and Ukraine",
 * "U.S.-China"), collective phrases ("the two sides") expanded, and each group marked
 * as the object of a preposition ("with Ukraine") or not.
 */
import type { Entity } from '../../domain/graph.ts';
import type { Mention, Sentence } from '../types.ts';
import { NON_ACTOR } from './lexicon.ts';
import { isSpaceCode } from '../white-space.ts';

/** One party slot of a sentence: one or more entities read together. */
export interface Group {
  /** Offsets relative to the sentence text; `start` includes any title prefix. */
  start: number;
  end: number;
  /** Entity ids, in text order, without repeats. */
  ids: string[];
  /** The preposition that governs the group ("with", "to", "by", "between"), or null. */
  prep: string | null;
  /** Whether the group is a possessive ("Russia's goals"). */
  possessive: boolean;
  /** Whether it came from a collective phrase ("the two sides"). */
  collective: boolean;
  /** Whether any member is a pronoun mention. */
  pronoun: boolean;
  /** How its first mention refers ("name", "demonym", "capital", ...), and to what kind of entity. */
  via: Mention['via'];
  kind: Mention['kind'];
  /** A state named after a city ("in Munich, Germany"): where, not who. */
  locative?: boolean;
}

/**
 * A copy of `g` with other ids, preposition or collectivity, written out field by field in the order
 * `sentenceGroups` builds groups: every group then has one object shape for V8 (a spread makes another).
 */
export function withGroup(g: Group, ids: string[], prep: string | null, collective: boolean): Group {
  return { start: g.start, end: g.end, ids, prep, possessive: g.possessive, collective, pronoun: g.pronoun, via: g.via, kind: g.kind, locative: g.locative };
}

const TITLE_WORDS = new Set(('president prime minister foreign defence defense deputy secretary general state spokesperson ' +
  'spokesman spokeswoman envoy special leader chief ambassador top diplomat official officials emir king crown prince ' +
  'chancellor commissioner representative trade counterpart of the for affairs national security adviser advisor head ' +
  'senior former new interior finance army commander supreme vice premier ministry council director sheikh mr mrs ms dr ' +
  'his her their its counterparts delegation delegations team negotiator negotiators side government administration ' +
  'officer sultan ayatollah speaker lawmaker senator governor mayor chair chairman chairwoman high-level high level ' +
  'press media economy economic energy justice agriculture health treasury military armed forces staff executive policy ' +
  'relations international cooperation commission external affairs chief top-level').split(' '));

/** What a title word may carry that its entry lacks ("Mr.", "Dr"); global, so `replace` drops all (and leaves `lastIndex` at 0). */
const TITLE_MARKS = /[.'’]/g;

const OFFICIALS = new Set(['ministers', 'minister', 'leaders', 'leader', 'officials', 'representatives', 'delegation', 'delegations',
  'government', 'governments', 'president', 'presidents', 'heads', 'head', 'members', 'envoy', 'envoys', 'negotiators', 'diplomats',
  'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'chief', 'chiefs', 'prime', 'ministry', 'administration', 'authorities', 'forces', 'military', 'army']);
const COORD = /^\s*(?:,\s*(?:and\s+|as well as\s+|or\s+)?|and\s+|or\s+|&\s*|\/\s*|[-–—]\s*|as well as\s+|along with\s+|together with\s+|alongside\s+|plus\s+)(?:the\s+)?$/i;
const PREPS = new Set(['with', 'to', 'on', 'against', 'for', 'from', 'of', 'between', 'in', 'toward', 'towards', 'at', 'by',
  'into', 'over', 'about', 'including', 'among', 'like', 'via', 'than', 'upon', 'onto', 'amid', 'across', 'inside',
  'within', 'after', 'before', 'since', 'during', 'through', 'targeting', 'behind', 'under', 'near']);

const COLLECTIVE_RE = /\b(?:the two|both) (?:sides|countries|nations|parties|governments|states|neighbours|neighbors|delegations|leaders|presidents|men|ministers|sides'|countries')\b|\bboth sides\b|\bthe (?:two )?warring (?:sides|parties)\b/gi;

/** "in Munich, Germany", "at Sharm el-Sheikh, Egypt": a state named after a city is where, not who. */
const CITY_COMMA_BEFORE = /\b(?:in|at|to|from|near)\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,\s*$/;
const COMMA_GAP = /^\s*,\s*$/;

/** Whether the text just before `pos` ends in a comma (spaces skipped): a cheap guard before the regexes. */
function commaBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  return i >= 0 && text.charCodeAt(i) === 44;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Start of the letter word that ends at `e` and is preceded by a space run ending at `i` (-1 if none). */
let wordEnd = 0;
function wordStartBefore(text: string, i: number): number {
  let e = i;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (e === i || e === 0) return -1; // not preceded by a space: punctuation or start
  let b = e;
  while (b > 0 && isLetter(text.charCodeAt(b - 1))) b--;
  if (b === e) return -1;
  wordEnd = e;
  return b;
}

/** The second word `wordsBefore` found, set by it (read only when the first is "of"). */
let secondStart = -1, secondEnd = 0;

/**
 * The word before `pos`, lower-cased, skipping one article ("with the", "of a"); a scan, no regex.
 * The word before that is left in `secondStart`/`secondEnd` (-1 if none), for `secondWord`.
 */
function wordsBefore(text: string, pos: number): string | undefined {
  secondStart = -1;
  let b = wordStartBefore(text, pos);
  if (b < 0) return undefined;
  let w = text.slice(b, wordEnd).toLowerCase();
  if (w === 'the' || w === 'a' || w === 'an') {
    b = wordStartBefore(text, b);
    if (b < 0) return undefined;
    w = text.slice(b, wordEnd).toLowerCase();
  }
  const b2 = wordStartBefore(text, b);
  if (b2 >= 0) { secondStart = b2; secondEnd = wordEnd; }
  return w;
}
const secondWord = (text: string): string | undefined => (secondStart < 0 ? undefined : text.slice(secondStart, secondEnd).toLowerCase());

/** A news outlet reports; it does not act. */
function nonActor(m: Mention, entities: Map<string, Entity> | undefined): boolean {
  return m.kind === 'Organization' && NON_ACTOR.test(entities?.get(m.entityId)?.name ?? m.text);
}

/** A character of `[,;:()"“”]`: a gap that holds one is no title. */
const isGapPunct = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d;
/** A character of `\w`. */
const isWordCode = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/**
 * Whether the words of `text.slice(from, to)`, between a modifier mention and the person it qualifies, are all
 * title words: after a leading "'s", at most six words, none holding `,;:()"“”`, each a title word or capitalised.
 * A scan word by word, with no slice of the gap, no split and a string made only for a lower-case word.
 */
function isTitleGap(text: string, from: number, to: number): boolean {
  let i = possessiveSAt(text, from, to) ? from + 2 : from;
  for (let count = 0; ; count++) {
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= to) return true;
    if (count === 6) return false;
    let j = i;
    for (; j < to && !isSpaceCode(text.charCodeAt(j)); j++) if (isGapPunct(text.charCodeAt(j))) return false;
    if (!isTitleWord(text, i, j)) return false;
    i = j;
  }
}

/** `/^['’]s\b/.test(text.slice(from, to))`: the possessive a title gap may start with ("Russia's Foreign Minister"). */
function possessiveSAt(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const c = text.charCodeAt(from);
  if ((c !== 39 && c !== 0x2019) || text.charCodeAt(from + 1) !== 115) return false;
  return from + 2 === to || !isWordCode(text.charCodeAt(from + 2));
}

/** Whether the word `text.slice(b, e)` is a title word or capitalised (`/^[A-Z][\w.'’-]*$/`), as titles are. */
function isTitleWord(text: string, b: number, e: number): boolean {
  const c = text.charCodeAt(b);
  if (c >= 65 && c <= 90) {
    let k = b + 1;
    while (k < e && isTitleChar(text.charCodeAt(k))) k++;
    if (k === e) return true;
  }
  return TITLE_WORDS.has(text.slice(b, e).toLowerCase().replace(TITLE_MARKS, ''));
}

/** `/^['’]s?\b/.test(text.slice(i, i + 2))`: an apostrophe followed by a word character (`s` is one). */
function possessiveAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 39 && c !== 0x2019 || i + 1 >= text.length) return false;
  const d = text.charCodeAt(i + 1);
  return (d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 95;
}

/** A non-Place mention with its offsets in the sentence. */
interface Placed { m: Mention; s: number; e: number }

/** Sorts in place by start, longer first (stable insertion sort: these lists are short and nearly in order). */
function sortPlaced(xs: Placed[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i;
    while (j > 0 && (xs[j - 1].s - x.s || x.e - xs[j - 1].e) > 0) { xs[j] = xs[j - 1]; j--; }
    xs[j] = x;
  }
}

/** The collective phrases that stand for persons ("the two leaders"). */
const PERSON_COLLECTIVE = /leaders|presidents|men|ministers/i;

/** Why the collective phrases are looked for at all: each holds "both", "two" or "warring". */
const COLLECTIVE_HINT = /both|two|warring/i;

/** A character of `[\w.'’-]`. */
const isTitleChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
  || c === 46 || c === 39 || c === 0x2019 || c === 45;

/**
 * The title words directly before `pos` ("Security Council Secretary" before "Rustem Umerov"):
 * word by word backwards, each a run of `[\w.'’-]` then white space, within 40 characters
 * (a backward scan for what `/([\w.'’-]+)\s+$/` finds in the 40 characters before).
 */
function titlePrefixStart(text: string, pos: number): number {
  let start = pos;
  for (let i = 0; i < 6; i++) {
    const from = Math.max(0, start - 40);
    let w = start;
    while (w > from && isSpaceCode(text.charCodeAt(w - 1))) w--;
    if (w === start) break;
    let b = w;
    while (b > from && isTitleChar(text.charCodeAt(b - 1))) b--;
    if (b === w) break;
    const word = text.slice(b, w).toLowerCase().replace(TITLE_MARKS, '');
    if (!TITLE_WORDS.has(word) || word === 'the' || word === 'of' || word === 'for') break;
    start = b;
  }
  return start;
}

/**
 * Builds the groups of a sentence from its mentions (Places excluded).
 * `salient` gives the article's most salient parties, for collective phrases.
 */
export function sentenceGroups(sentence: Sentence, mentions: Mention[], salient: (n: number, person: boolean) => string[], entities?: Map<string, Entity>): Group[] {
  const text = sentence.text;
  const ms: Placed[] = [];
  for (const m of mentions) if (m.kind !== 'Place') ms.push({ m, s: m.start - sentence.start, e: m.end - sentence.start });
  sortPlaced(ms);
  // Drop mentions inside longer ones.
  const flat: Placed[] = [];
  for (const x of ms) {
    const last = flat[flat.length - 1];
    if (last && x.s < last.e) continue;
    flat.push(x);
  }
  // Fold a state or organisation that titles a following person into that person.
  const slots: Slot[] = [];
  let placeEnds: number[] | null = null; // read only for a state after a comma
  for (let i = 0; i < flat.length; i++) {
    const x = flat[i], next = flat[i + 1];
    if (next && next.m.kind === 'Person' && x.m.kind !== 'Person' && isTitleGap(text, x.e, next.s)) {
      flat[i + 1] = { m: next.m, s: x.s, e: next.e };
      continue;
    }
    const s = x.m.kind === 'Person' ? titlePrefixStart(text, x.s) : x.s;
    if (nonActor(x.m, entities)) continue;
    let locative = false;
    if (x.m.kind === 'State' && commaBefore(text, x.s)) {
      placeEnds ??= placeEndsOf(mentions, sentence.start);
      locative = placeEnds.some((pe) => pe <= x.s && COMMA_GAP.test(text.slice(pe, x.s)))
        || CITY_COMMA_BEFORE.test(text.slice(Math.max(0, x.s - 50), x.s));
    }
    slots.push({ s, e: x.e, ids: [x.m.entityId], pronoun: x.m.via === 'pronoun', collective: x.m.via === 'collective', via: x.m.via, kind: x.m.kind, locative });
  }
  // Collective phrases the mention layer did not resolve.
  if (COLLECTIVE_HINT.test(text)) {
    COLLECTIVE_RE.lastIndex = 0;
    for (let m; (m = COLLECTIVE_RE.exec(text));) {
      const s = m.index, e = s + m[0].length;
      if (slots.some((x) => x.s < e && s < x.e)) continue;
      const person = PERSON_COLLECTIVE.test(m[0]);
      const ids = salient(2, person);
      if (ids.length === 2) slots.push({ s, e, ids: [...ids], pronoun: false, collective: true, via: 'collective', kind: person ? 'Person' : 'State', locative: false });
    }
  }
  // (A title read back before a person can, rarely, start it before the slot ahead of it.)
  sortSlots(slots);
  // Merge same-span collective mentions and coordinations into groups.
  const groups: Group[] = [];
  let lastLocative = false;
  for (const x of slots) {
    const last = groups[groups.length - 1];
    if (last && !x.locative && !lastLocative && (x.s < last.end || COORD.test(text.slice(last.end, x.s)))) {
      for (const id of x.ids) if (!last.ids.includes(id)) last.ids.push(id);
      last.end = Math.max(last.end, x.e);
      last.collective ||= x.collective;
      last.pronoun ||= x.pronoun;
      continue;
    }
    lastLocative = x.locative;
    let prepWord = wordsBefore(text, x.s);
    // "the foreign ministers of the United Kingdom", "leaders of the G7": the party acts through its officials.
    if (prepWord === 'of') { const w2 = secondWord(text); if (w2 && OFFICIALS.has(w2)) prepWord = undefined; }
    groups.push({
      start: x.s, end: x.e, ids: x.ids, // (the slot's own array: the slot is dropped)
      prep: x.locative ? 'in' : prepWord && PREPS.has(prepWord) ? prepWord : null,
      possessive: possessiveAt(text, x.e),
      collective: x.collective, pronoun: x.pronoun, via: x.via, kind: x.kind, locative: x.locative || undefined,
    });
  }
  // "both Russia and Ukraine" and "between Russia and Ukraine" read as one collective party.
  for (const g of groups) if (g.ids.length > 1) g.collective = true;
  return groups;
}

/** One party slot before coordinations are merged; `ids` is an array of its own, which its group takes over. */
interface Slot { s: number; e: number; ids: string[]; pronoun: boolean; collective: boolean; via: Mention['via']; kind: Mention['kind']; locative: boolean }

/** Where the sentence's Place mentions end, relative to the sentence. */
function placeEndsOf(mentions: Mention[], sentenceStart: number): number[] {
  const out: number[] = [];
  for (const m of mentions) if (m.kind === 'Place') out.push(m.end - sentenceStart);
  return out;
}

/** Sorts slots by start in place (stable, as `Array.prototype.sort` is: equal starts keep their order). */
function sortSlots(xs: Slot[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i;
    while (j > 0 && xs[j - 1].s > x.s) { xs[j] = xs[j - 1]; j--; }
    xs[j] = x;
  }
}
