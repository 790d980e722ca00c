/**
 * Lexical mentions: states (names, demonyms, capitals, metonyms, organs), organisations and
 * places from the lexicons, and office titles. Longest match wins; an ambiguous form
 * ("Jordan", "Georgia", "Washington") is dropped when it is part of a longer capitalised
 * name ("Michael Jordan", "Georgia Tech"); a state followed by an organ ("Russia's Foreign
 * Ministry", "the Ukrainian delegation") is one mention of the state.
 */
import type { Sentence } from '../types.ts';
import { CALENDAR } from './calendar.ts';
import { firstFilter, matchAt, matchList, mayBeFirstLower, type Phrase } from './gazetteer.ts';
import { LEXICAL, OFFICES, ORGANS, vetoAfter, vetoBefore, type LexTarget, type Office } from './lexicon.ts';
import { NON_FIRST } from './name-words.ts';
import type { Token } from './tokenize.ts';

export interface LexSpan {
  sentence: number;
  /** Token range [i, j) in the sentence. */
  i: number;
  j: number;
  start: number;
  end: number;
  text: string;
  targets: LexTarget[];
  organ?: boolean;
}

export interface OfficeSpan { sentence: number; i: number; j: number; start: number; end: number; text: string; office: Office }

export interface LexicalResult { spans: LexSpan[]; offices: OfficeSpan[] }

/** Whether the gap between tokens `a` and `b` is one space or one hyphen (read in place, not sliced out). */
export const isSpaceGap = (s: Sentence, a: Token, b: Token): boolean => {
  if (b.start - a.end !== 1) return false;
  const c = s.text.charCodeAt(a.end - s.start);
  return c === 32 || c === 45;
};

/** @param prevTaken whether token `i - 1` is inside a span already found. */
function vetoed(s: Sentence, toks: Token[], i: number, j: number, text: string, prevTaken: boolean): boolean {
  const prev = toks[i - 1], next = toks[j];
  if (prev && vetoBefore[text]?.includes(prev.text) && isSpaceGap(s, prev, toks[i])) return true;
  if (next && vetoAfter[text]?.includes(next.text) && isSpaceGap(s, toks[j - 1], next)) return true;
  if (prev && prev.cap && !(prev.initial && NON_FIRST.has(prev.text)) && !prevTaken && !prev.possessive && !CALENDAR.has(prev.text)
    && isSpaceGap(s, prev, toks[i]) && !matchAt(OFFICES, s, toks, i - 1)) return true;
  if (next && next.cap && !toks[j - 1].possessive && !CALENDAR.has(next.text) && isSpaceGap(s, toks[j - 1], next)
    && !matchAt(LEXICAL, s, toks, j) && !matchAt(OFFICES, s, toks, j) && !matchAt(ORGANS, s, toks, j)) return true;
  return false;
}

function hasAmbiguous(targets: LexTarget[]): boolean {
  for (let k = 0; k < targets.length; k++) if (targets[k].ambiguous) return true;
  return false;
}

/**
 * The phrases of LEXICAL and OFFICES by the lower case of their first token, behind one filter:
 * `findLexical` asks both lexicons at every token, and most tokens start a phrase of neither,
 * so one probe instead of one a lexicon turns them away. LEXICAL is case-sensitive: `lex` holds
 * its lists for every first token with that lower case ("The", "the"), of which a token uses the
 * one for its exact text; OFFICES is folded, so its list is the one for the token's lower case.
 */
interface Starts { lex: Array<Phrase<LexTarget[]>[]>; off: Phrase<Office>[] | undefined }
const STARTS = new Map<string, Starts>();
const startsOf = (lower: string): Starts => {
  let e = STARTS.get(lower);
  if (!e) STARTS.set(lower, e = { lex: [], off: undefined });
  return e;
};
for (const [first, list] of LEXICAL.byFirst) startsOf(first.toLowerCase()).lex.push(list);
for (const [first, list] of OFFICES.byFirst) startsOf(first).off = list;
const STARTS_BITS = firstFilter(STARTS.keys());

/** LEXICAL's phrases whose first token is `text` (`matchAt`'s list), or undefined. */
function lexPhrasesFor(st: Starts, text: string): Phrase<LexTarget[]>[] | undefined {
  for (let k = 0; k < st.lex.length; k++) if (st.lex[k][0].tokens[0] === text) return st.lex[k];
  return undefined;
}

/**
 * Whether token `i - 1` is inside one of `spans` (found left to right, none past `i`): only the last
 * can hold it, and then it ends at `i`.
 */
const lastEndsAt = (spans: LexSpan[], i: number): boolean => spans.length > 0 && spans[spans.length - 1].j === i;

/** @param skip a [start, end) range of the field (a dateline) in which nothing is a mention. */
export function findLexical(s: Sentence, toks: Token[], skip: [number, number] | null): LexicalResult {
  const spans: LexSpan[] = [];
  const offices: OfficeSpan[] = [];
  for (let i = 0; i < toks.length;) {
    if (skip && toks[i].start >= skip[0] && toks[i].start < skip[1]) { i++; continue; }
    const t = toks[i];
    const st = mayBeFirstLower(STARTS_BITS, t) ? STARTS.get(t.lower) : undefined;
    if (st === undefined) { i++; continue; } // no phrase of either lexicon starts here
    const lexList = lexPhrasesFor(st, t.text);
    const lex = lexList ? matchList(lexList, false, s, toks, i) : null;
    const off = st.off ? matchList(st.off, true, s, toks, i) : null;
    const lexLen = lex?.tokens.length ?? 0, offLen = off?.tokens.length ?? 0;
    if (lex && lexLen >= offLen) {
      const j = i + lexLen;
      const text = s.text.slice(toks[i].start - s.start, toks[j - 1].end - s.start);
      // Most forms are unambiguous: only those with an ambiguous target pay for the filter and the veto.
      const keep = !hasAmbiguous(lex.value) || !vetoed(s, toks, i, j, text, lastEndsAt(spans, i)) ? lex.value : lex.value.filter((t) => !t.ambiguous);
      if (keep.length) {
        const sp: LexSpan = { sentence: s.index, i, j, start: toks[i].start, end: toks[j - 1].end, text, targets: keep, organ: undefined };
        extendWithOrgan(s, toks, sp);
        spans.push(sp);
        i = sp.j;
      } else i = j;
    } else if (off) {
      const j = i + offLen;
      offices.push({ sentence: s.index, i, j, start: toks[i].start, end: toks[j - 1].end,
        text: s.text.slice(toks[i].start - s.start, toks[j - 1].end - s.start), office: off.value });
      i = j;
    } else i++;
  }
  return { spans, offices };
}

/** "Russian Foreign Ministry", "Russia's delegation", "the Ukrainian side": the state itself. */
function extendWithOrgan(s: Sentence, toks: Token[], sp: LexSpan): void {
  if (!sp.targets.some((t) => t.kind === 'State') || sp.j >= toks.length) return;
  const last = toks[sp.j - 1];
  const gap = s.text.slice(last.end - s.start, toks[sp.j].start - s.start);
  if (!(gap === ' ' || (last.possessive && /^['’]s? $/.test(gap)))) return;
  const organ = matchAt(ORGANS, s, toks, sp.j);
  if (!organ) return;
  const j = sp.j + organ.tokens.length;
  const office = matchAt(OFFICES, s, toks, sp.j);
  if (office && office.tokens.length >= organ.tokens.length) return;
  sp.j = j;
  sp.end = toks[j - 1].end;
  sp.text = s.text.slice(sp.start - s.start, sp.end - s.start);
  sp.targets = sp.targets.filter((t) => t.kind === 'State');
  sp.organ = true;
}
