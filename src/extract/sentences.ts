/**
 * Sentence splitting: title and body → `Sentence[]` with exact offsets into each field.
 * A linear scan with precompiled regexes: a sentence ends at `.`, `!` or `?` (with any
 * closing quotes or brackets) followed by white space and a plausible sentence start,
 * unless the period closes an abbreviation ("Mr.", "Gen.", "Jan.") or an initial
 * ("Donald J. Trump"). A line break always ends a sentence and a paragraph.
 */
import type { Article } from '../domain/article.ts';
import type { Field, Sentence } from './types.ts';
import { isSpaceCode } from './white-space.ts';

/** Words that take a period and are (nearly) never sentence-final. */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'rev', 'hon', 'pres', 'st', 'sr', 'jr', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'approx', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'e.g', 'i.e', 'cf', 'al', 'fig',
]);
/** Abbreviations that may end a sentence: split after them only before a clear sentence start. */
const FINAL_ABBREVIATIONS = new Set(['etc', 'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'llc']);
/** The length of the longest word of TITLE_ABBREVIATIONS and FINAL_ABBREVIATIONS. */
const LONGEST_ABBREVIATION = Math.max(...[...TITLE_ABBREVIATIONS, ...FINAL_ABBREVIATIONS].map((w) => w.length));
/** Words that, capitalised after "U.S." or "Inc.", show a new sentence has begun. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'his', 'her', 'its', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'after',
  'before', 'while', 'when', 'if', 'however', 'meanwhile', 'also', 'still', 'earlier', 'later', 'last',
  'on', 'for', 'since', 'according', 'both', 'some', 'many', 'officials', 'what', 'why', 'how',
]);

/** Candidate boundary: terminal punctuation, closers, white space, then the next word. */
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=(["'“‘(\[]*)(\S+))/g;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The start of the word that ends at `to` (not before `from`): the longest run of letters,
 * digits, `.`, `'`, `’` and `-` (by code points, as `/[\p{L}\p{N}.'’-]*$/u` reads it).
 */
function wordBefore(line: string, from: number, to: number): number {
  let k = to;
  while (k > from) {
    const c = line.charCodeAt(k - 1);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45) { k--; continue; }
      break;
    }
    if (c === 0x2019) { k--; continue; }
    // a low surrogate after its high surrogate (inside the range) is one code point
    if (c >= 0xdc00 && c <= 0xdfff && k - 2 >= from) {
      const h = line.charCodeAt(k - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (LETTER_OR_DIGIT.test(line.slice(k - 2, k))) { k -= 2; continue; }
        break;
      }
    }
    if (LETTER_OR_DIGIT.test(line[k - 1])) { k--; continue; }
    break;
  }
  return k;
}

/**
 * Whether the punctuation `punct`, at `punctEnd - punct.length` and followed by the word `next`, ends a sentence.
 * The word before it (from no earlier than `wordFrom`) is read only for a period before a capital.
 */
function isBoundary(text: string, punctEnd: number, punct: string, wordFrom: number, next: string): boolean {
  if (punct !== '.') return /^[\p{Lu}\p{N}"“‘'(\[]/u.test(next) || punct.length > 1;
  const startsUpper = /^["“‘'(\[]*[\p{Lu}\p{N}]/u.test(next);
  if (!startsUpper) return false;
  const before = text.slice(wordBefore(text, wordFrom, punctEnd - 1), punctEnd - 1);
  const b0 = before.charCodeAt(0);
  const word = b0 === 39 || b0 === 0x2019 ? before.replace(/^['’]+/, '') : before;
  // An abbreviation is ASCII, and a character whose lower case is ASCII keeps its length in it (checked over all
  // of Unicode): a word longer than every abbreviation is none of them, and is not lower-cased ('' is in no list).
  const lower = word.length <= LONGEST_ABBREVIATION ? word.toLowerCase() : '';
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  // Single initial ("J.") or dotted acronym ("U.S.", "U.N.", "D.C."): new sentence only before a starter word.
  // (one letter is at most two code units; an acronym has a period)
  if ((word.length <= 2 || word.includes('.')) && (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word))) {
    if (/^\p{Lu}$/u.test(word) && !/^(\p{L}\.)/u.test(word) && !/[\s(]\p{Lu}$/u.test(text.slice(Math.max(0, punctEnd - 3), punctEnd - 1))) return true;
    return SENTENCE_STARTERS.has(next.replace(/^["“‘'(\[]+/, '').replace(/[^\p{L}]+$/u, '').toLowerCase());
  }
  if (FINAL_ABBREVIATIONS.has(lower)) {
    return SENTENCE_STARTERS.has(next.replace(/^["“‘'(\[]+/, '').replace(/[^\p{L}]+$/u, '').toLowerCase());
  }
  return true;
}

/** Splits one field's text into sentences; `index` counts on from `firstIndex`. */
export function splitField(text: string, field: Field, firstIndex = 0): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const lines = text.split('\n');
  const marked = hasPostMarker(text);
  for (const line of lines) {
    if (line.trim()) {
      let start = 0;
      BOUNDARY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = BOUNDARY.exec(line))) {
        const punctEnd = m.index + m[1].length;
        if (isBoundary(line, punctEnd, m[1], Math.max(start, m.index - 40), m[5])) {
          push(out, line, lineStart, start, punctEnd + m[2].length, field, paragraph, firstIndex, marked);
          start = m.index + m[0].length;
        }
      }
      push(out, line, lineStart, start, line.length, field, paragraph, firstIndex, marked);
      paragraph++;
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** @param marked whether the field has an embedded-post marker anywhere (else no sentence of it has one). */
function push(out: Sentence[], line: string, lineStart: number, from: number, to: number,
  field: Field, paragraph: number, firstIndex: number, marked: boolean): void {
  while (from < to && isSpaceCode(line.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(line.charCodeAt(to - 1))) to--;
  if (to <= from) return;
  const text = line.slice(from, to);
  const s: Sentence = { index: firstIndex + out.length, field, start: lineStart + from, end: lineStart + to, text, paragraph, boilerplate: undefined, headline: undefined };
  if ((startsLikeBoilerplate(text) && BOILERPLATE_START.test(text)) || (marked && hasPostMarker(text))) s.boilerplate = true;
  if (isHeadline(text)) s.headline = true;
  out.push(s);
}

/** The marks of an embedded post: a handle in brackets, a picture link. */
const hasPostMarker = (text: string): boolean => text.includes('(@') || text.includes('pic.twitter');

/** Link teasers, embedded posts, credits: not annotated (ANNOTATION.md, "What is read"). */
const BOILERPLATE_START = /^(?:also read|read also|read more|related|watch|listen|see also|recommended|advertisement|photo:|image:|file photo)\b/i;
/**
 * Whether `text` starts with a first letter of BOILERPLATE_START (a, r, w, l, s, p, i, f in either
 * case; `c | 32` is one of those only for the letter or its capital): most sentences do not, and skip the regex.
 */
function startsLikeBoilerplate(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return c === 97 || c === 114 || c === 119 || c === 108 || c === 115 || c === 112 || c === 105 || c === 102;
}
const CONTENT_WORD = /[\p{L}][\p{L}'’-]{3,}/gu;

/** Title case: most content words capitalised, and no full stop at the end. */
function isHeadline(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 46 || text.charCodeAt(text.length - 2) === 46 || !/^["“‘']?\p{Lu}/u.test(text)) return false;
  const words = text.match(CONTENT_WORD) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}

/** Splits an article's title, then its body, into sentences in reading order. */
export function splitSentences(article: Pick<Article, 'title' | 'body'>): Sentence[] {
  const title = article.title ? splitField(article.title, 'title') : [];
  const body = splitField(article.body, 'body', title.length);
  if (!title.length) return body;
  for (const s of body) title.push(s);
  return title;
}
