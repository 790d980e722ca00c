/**
 * Word tokens of a sentence with offsets in the field's text: a hand-written scanner
 * (letters and digits, with inner apostrophes; dotted acronyms "U.S."; initials "J.";
 * "OPEC+"). A possessive "'s" is cut off the token and flagged, so that "Russia's" is
 * the token "Russia".
 */
import type { Sentence } from '../types.ts';

export interface Token {
  text: string;
  /** `text` in lower case, for case-insensitive lexicons. */
  lower: string;
  /** Offsets in the field's text. */
  start: number;
  end: number;
  /** Index of the sentence, and of the token within it. */
  sentence: number;
  i: number;
  /** `wordSig(lower)`, for the filters in front of word lists (gazetteer.ts, entities.ts). */
  sig: number;
  /** Starts with an upper-case letter (or is an acronym such as "G7"). */
  cap: boolean;
  /** Followed by "'s" / "’s" (or a bare "’" after an s). */
  possessive: boolean;
  /** First token of its sentence or of a quotation, or after a colon or dash. */
  initial: boolean;
}

/**
 * A 14-bit signature of a word (its first, second and last code units), for the filters that turn
 * away most words before a Map or Set lookup: computed once a token, on its lower case (`Token.sig`).
 */
export const SIG_SIZE = 16384;
export const wordSig = (w: string): number =>
  (w.charCodeAt(0) * 961 + (w.length > 1 ? w.charCodeAt(1) * 31 + w.charCodeAt(w.length - 1) : 0)) & (SIG_SIZE - 1);

const NON_ASCII_LETTER = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/**
 * Character classes of UTF-16 code units (a lone surrogate is neither), filled on first use:
 * 0 unknown, else WORD and/or UPPER bits, and SEEN.
 */
const SEEN = 1, WORD = 2, UP = 4;
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  CLASS[c] = SEEN | ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORD : 0) | (c >= 65 && c <= 90 ? UP : 0);
}
function classOf(c: number): number {
  let v = CLASS[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = SEEN | (NON_ASCII_LETTER.test(ch) ? WORD : 0) | (UPPER.test(ch) ? UP : 0);
    CLASS[c] = v;
  }
  return v;
}
/** `c` is a code unit (NaN past the end of a string: not a word character). */
const isWordChar = (c: number): boolean => c === c && (classOf(c) & WORD) !== 0;
const isUpper = (c: number): boolean => c === c && (classOf(c) & UP) !== 0;
/** ' or ’ */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Whether the text before a token opens a sentence-like unit: a quote, bracket, colon or dash.
 * `k` is the index of the last code unit before the token that is not a space (32), or `from - 1`
 * when there is none after the sentence's first code unit `from`: the scanner keeps it while it
 * skips, so that no token scans back over its gap.
 */
function opensAfter(s: string, from: number, k: number, at: number): boolean {
  if (k < from) return true;
  const ch = s.charCodeAt(k);
  // “ " ‘ ( : — –, or a spaced hyphen
  return ch === 0x201c || ch === 34 || ch === 0x2018 || ch === 40 || ch === 58 || ch === 0x2014 || ch === 0x2013
    || (ch === 45 && k < at - 1 && k > from && s.charCodeAt(k - 1) === 32);
}

/**
 * @param field the whole text of the sentence's field (`sentence.text` is `field.slice(sentence.start,
 * sentence.end)`), when the caller has it: read in place, since `sentence.text` is a slice of it and
 * each code unit read through a slice costs more. Nothing outside the sentence is read.
 */
export function tokenize(sentence: Sentence, field?: string): Token[] {
  const out: Token[] = [];
  const s = field ?? sentence.text;
  // the sentence is s[from, n); `shift` turns an index in `s` into an offset in the field
  const from = field === undefined ? 0 : sentence.start;
  const n = from + sentence.text.length;
  const shift = sentence.start - from;
  let p = from;
  // the last code unit before `p` that is not a space (from - 1: none), for `opensAfter`
  let lastNonSpace = from - 1;
  while (p < n) {
    const c = s.charCodeAt(p);
    if (!isWordChar(c)) { if (c !== 32) lastNonSpace = p; p++; continue; }
    const start = p;
    const upper = isUpper(c);
    // dotted acronym "U.S." / "U.N." / initial "J."
    if (upper && p + 1 < n && s.charCodeAt(p + 1) === 46) {
      let q = p;
      while (q + 1 < n && isUpper(s.charCodeAt(q)) && s.charCodeAt(q + 1) === 46) q += 2;
      const letters = (q - p) / 2;
      if (letters >= 2 || (letters === 1 && q + 1 < n && s.charCodeAt(q) === 32 && isUpper(s.charCodeAt(q + 1)))) {
        push(out, sentence, s, from, s.slice(p, q), p, q, shift, true, false, false, lastNonSpace);
        p = q;
        lastNonSpace = q - 1;
        continue;
      }
    }
    p++;
    // Whether the word is ASCII with no capital (its own lower case), read on the way rather than in a second pass.
    let plain = c < 128;
    while (p < n) {
      const d = s.charCodeAt(p);
      if (isWordChar(d)) { if (d >= 128 || (d >= 65 && d <= 90)) plain = false; p++; continue; }
      if (isApostrophe(d) && p + 1 < n && isWordChar(s.charCodeAt(p + 1))) {
        const e = s.charCodeAt(p + 1);
        if (d >= 128 || e >= 128 || (e >= 65 && e <= 90)) plain = false;
        p += 2;
        continue;
      }
      break;
    }
    if (p < n && s.charCodeAt(p) === 43) p++; // '+'
    let end = p;
    let possessive = false;
    const last = s.charCodeAt(end - 1);
    if (end - start > 2 && (last === 115 || last === 83) && isApostrophe(s.charCodeAt(end - 2))) { end -= 2; possessive = true; plain = false; }
    else if (end < n && isApostrophe(s.charCodeAt(end)) && last === 115 && (end + 1 >= n || !isWordChar(s.charCodeAt(end + 1)))) possessive = true;
    const text = s.slice(start, end);
    // A cut possessive ("’s", "'S") may have been all that kept the word from being plain: read it again.
    push(out, sentence, s, from, text, start, end, shift, upper, possessive, plain || (!upper && possessive && plainLower(text)), lastNonSpace);
    lastNonSpace = p - 1;
  }
  return out;
}

/** Whether `text` is ASCII with no capital letter, so that `toLowerCase()` would return it unchanged. */
function plainLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if ((c >= 65 && c <= 90) || c >= 128) return false; }
  return true;
}

/** `plain`: `text` is ASCII with no capital letter, so that `toLowerCase()` would return it unchanged. */
function push(out: Token[], sentence: Sentence, s: string, sentenceFrom: number, text: string, from: number, to: number, shift: number,
  cap: boolean, possessive: boolean, plain: boolean, lastNonSpace: number): void {
  const lower = cap || !plain ? text.toLowerCase() : text;
  out.push({ text, lower, start: from + shift, end: to + shift, sentence: sentence.index,
    i: out.length, sig: wordSig(lower), cap, possessive, initial: out.length === 0 || opensAfter(s, sentenceFrom, lastNonSpace, from) });
}

/** The text between two tokens of the same sentence. */
export function gapBetween(sentence: Sentence, a: Token, b: Token): string {
  return sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
}
