/**
 * Person candidates: runs of capitalised words (with name particles such as "bin",
 * "von der", "al-") that no lexicon claimed, with the evidence that makes them a name:
 * a title or honorific just before ("President Donald Trump", "Mr. Putin"), an
 * appositive title after ("Hemedti, the RSF commander"), two or more name-like words,
 * or (decided in resolution) a surname of someone already named.
 */
import type { Sentence } from '../types.ts';
import { CALENDAR } from './calendar.ts';
import { isSpaceGap, type LexSpan, type OfficeSpan } from './find-lexical.ts';
import { HONORIFICS } from './lexicon.ts';
import { NON_FIRST, NON_PERSON, PARTICLES } from './name-words.ts';
import { SIG_SIZE, wordSig, type Token } from './tokenize.ts';
import { lookupKnown } from '../resolve/known-persons.ts';

export interface PersonCandidate {
  sentence: number;
  i: number;
  j: number;
  start: number;
  end: number;
  text: string;
  /** The name words, particles included, without honorific. */
  words: string[];
  /** The title read just before or in apposition after. */
  office?: OfficeSpan;
  honorific?: string;
  /** What makes it a name: 'title' | 'honorific' | 'appositive' | 'multi' | 'single'. */
  evidence: 'title' | 'honorific' | 'appositive' | 'leader' | 'multi' | 'single';
  possessive: boolean;
  /** Read in a title-case line, where capitals do not mark names. */
  headline: boolean;
}

const gapOf = (s: Sentence, a: Token, b: Token): string => s.text.slice(a.end - s.start, b.start - s.start);
const INITIAL = /^\p{Lu}\.?$/u;
/** `INITIAL.test(t.text)`: a letter (two code units at most) and a period are three code units at most. */
const isInitial = (t: Token): boolean => t.text.length <= 3 && INITIAL.test(t.text);

/**
 * For each word list a bit, set at the `wordSig` of each of its words' lower case (a token's `sig`):
 * a token whose bit is clear is not in the list, and most tokens (names among them) skip the lookups.
 */
const CAL = 1, NONP = 2, HON = 4, NONF = 8, PART = 16;
const LIST_BITS = new Uint8Array(SIG_SIZE);
for (const [bit, list] of [[CAL, CALENDAR], [NONP, NON_PERSON], [HON, HONORIFICS], [NONF, NON_FIRST], [PART, PARTICLES]] as const) {
  for (const w of list) LIST_BITS[wordSig(w.toLowerCase())] |= bit;
}
/** `list.has(t.text)`, `bit` being the list's bit. */
const inList = (t: Token, bit: number, list: Set<string>): boolean => (LIST_BITS[t.sig] & bit) !== 0 && list.has(t.text);

function nameLike(t: Token, confirmed: Set<string>): boolean {
  if (!t.cap || inList(t, CAL, CALENDAR) || inList(t, NONP, NON_PERSON)) return false;
  // acronyms (most names have a lower-case ASCII letter second, which no acronym has: no regex then)
  const c1 = t.text.charCodeAt(1);
  if (!(c1 >= 97 && c1 <= 122) && /^[\p{Lu}\d.]+$/u.test(t.text) && t.text.length > 1 && !/^\p{Lu}\.$/u.test(t.text) && t.text !== 'JD') return false;
  if (t.initial && inList(t, NONF, NON_FIRST) && !confirmed.has(t.text)) return false;
  return true;
}

/** One buffer for the claimed marks of the sentence at hand (findPersons does not re-enter), cleared for `n` tokens. */
let claimedBuf = new Uint8Array(256);
function claimedFor(n: number): Uint8Array {
  if (claimedBuf.length < n) claimedBuf = new Uint8Array(Math.max(n, claimedBuf.length * 2));
  else claimedBuf.fill(0, 0, n);
  return claimedBuf;
}

/**
 * @param confirmed capitalised words seen in the article other than at a sentence start.
 */
export function findPersons(s: Sentence, toks: Token[], spans: LexSpan[], offices: OfficeSpan[], confirmed: Set<string>,
  lowerWords: Set<string>): PersonCandidate[] {
  const claimed = claimedFor(toks.length);
  for (const sp of spans) for (let k = sp.i; k < sp.j; k++) claimed[k] = 1;
  for (const o of offices) for (let k = o.i; k < o.j; k++) claimed[k] = 2;
  const out: PersonCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (claimed[i] || !nameLike(toks[i], confirmed) || inList(toks[i], HON, HONORIFICS)) continue;
    if (inList(toks[i], NONF, NON_FIRST) && (toks[i].initial || !confirmed.has(toks[i].text))) continue;
    let j = i + 1;
    while (j < toks.length && !toks[j - 1].possessive) {
      // the gap read in place: " ", "-", or ". " after an initial
      const at = toks[j - 1].end - s.start, len = toks[j].start - toks[j - 1].end;
      const g0 = s.text.charCodeAt(at);
      const hyphen = len === 1 && g0 === 45;
      const okGap = (len === 1 && g0 === 32) || hyphen
        || (len === 2 && g0 === 46 && s.text.charCodeAt(at + 1) === 32 && INITIAL.test(toks[j - 1].text + '.'));
      if (!okGap) break;
      const t = toks[j];
      if (!claimed[j] && nameLike(t, confirmed) && !inList(t, HON, HONORIFICS)) { j++; continue; }
      // the second syllable of a Korean or Chinese given name: "Cho Tae-yul", "Kim Jong-un"
      if (hyphen && /^\p{Ll}{2,4}$/u.test(t.text) && toks[j - 1].text.length <= 4 && !PARTICLES.has(t.text)) { j++; continue; }
      // a particle inside a name: "bin Salman", "von der Leyen", "al-Sisi" (but not at the end)
      if ((LIST_BITS[t.sig] & PART) !== 0 && PARTICLES.has(t.lower) && !claimed[j]) {
        let k = j;
        while (k < toks.length && (LIST_BITS[toks[k].sig] & PART) !== 0 && PARTICLES.has(toks[k].lower)) k++;
        if (k < toks.length && !claimed[k] && nameLike(toks[k], confirmed) && isSpaceGap(s, toks[k - 1], toks[k])) { j = k + 1; continue; }
      }
      break;
    }
    // "Trump Putin", "Kurti-Vučič meeting": two known surnames side by side are two people, not one name.
    for (let k = i + 1; k < j; k++) {
      if (twoPeople(toks, i, k)) { j = k; break; }
    }
    const words = toks.slice(i, j);
    const last = words[words.length - 1];
    if (words.every(isInitial)) { i = j - 1; continue; }
    const cand: PersonCandidate = {
      sentence: s.index, i, j, start: toks[i].start, end: last.end, text: s.text.slice(toks[i].start - s.start, last.end - s.start),
      words: words.map((w) => w.text), office: undefined, honorific: undefined, evidence: words.length > 1 ? 'multi' : 'single', possessive: last.possessive,
      headline: s.headline === true,
    };
    const next = toks[j];
    const nextGap = next ? gapOf(s, last, next) : '';
    const before = toks[i - 1];
    const office = offices.find((o) => o.j === i && before && /^\s+$|^\.?\s+$/.test(gapOf(s, toks[o.j - 1], toks[i])));
    if (office) { cand.office = office; cand.evidence = 'title'; }
    else if (before && HONORIFICS.has(before.text) && /^\.?\s+$/.test(gapOf(s, before, toks[i]))) { cand.honorific = before.text; cand.evidence = 'honorific'; }
    else {
      const app = appositive(s, toks, j, offices);
      if (app) { cand.office = app; cand.evidence = 'appositive'; }
      else if (next && nextGap === ' ' && LEADER_OF.test(next.text) && !last.possessive) cand.evidence = 'leader';
    }
    // Part of a longer name of a thing: "Simón Bolívar International Airport".
    const partOfThing = next && !last.possessive && nextGap === ' ' && next.cap && NON_PERSON.has(next.text);
    // Common words that happen to be capitalised: "Sanctions Package", "Military Operations".
    const commonWords = cand.evidence !== 'honorific' && words.some((w) => w.cap && lowerWords.has(w.lower));
    if ((partOfThing && cand.evidence !== 'title' && cand.evidence !== 'honorific') || commonWords) { i = j - 1; continue; }
    out.push(cand);
    i = j - 1;
  }
  return out;
}

/** The known person a single word names, memoised (most words name no one). */
const knownWords = new Map<string, string | null>();
function knownWord(w: string): { id: string } | null {
  let id = knownWords.get(w);
  if (id === undefined) {
    if (knownWords.size > 50_000) knownWords.clear();
    id = lookupKnown([w])?.id ?? null;
    knownWords.set(w, id);
  }
  return id === null ? null : { id };
}

/**
 * Whether tokens `k - 1` and `k` are each the surname of a different known person and the run from
 * `i` to `k` names no one (the run's words are gathered only then).
 */
function twoPeople(toks: Token[], i: number, k: number): boolean {
  const ka = knownWord(toks[k - 1].text);
  if (!ka) return false;
  const kb = knownWord(toks[k].text);
  if (!kb || kb.id === ka.id) return false;
  return lookupKnown(toks.slice(i, k + 1).map((t) => t.text)) === undefined;
}

/** "the Bush administration", "the Netanyahu government": named after its leader. */
const LEADER_OF = /^(?:administration|government|cabinet|presidency|camp|regime)$/;

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'then', 'former', 'now']);

/** "Dmitry Peskov, the Kremlin spokesperson" / "Abbas Araghchi, Iran's foreign minister": the office, if any. */
function appositive(s: Sentence, toks: Token[], j: number, offices: OfficeSpan[]): OfficeSpan | undefined {
  if (j >= toks.length || !/^,\s+$/.test(gapOf(s, toks[j - 1], toks[j]))) return undefined;
  for (let k = j; k < Math.min(toks.length, j + 6); k++) {
    const o = offices.find((x) => x.i === k);
    if (o) return o;
    if (k > j && /[,;.]/.test(gapOf(s, toks[k - 1], toks[k]))) return undefined;
    if (!toks[k].cap && !DETERMINERS.has(toks[k].lower) && !/^(top|senior|chief|deputy|special|acting|presidential|foreign|defence|defense|current|new|incumbent)$/i.test(toks[k].text)) return undefined;
  }
  return undefined;
}
