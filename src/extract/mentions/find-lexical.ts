/**
 * Lexical mentions: states (names, demonyms, capitals, metonyms, organs), organisations and
 * places from the lexicons, and office titles. Longest match wins; an ambiguous form
 * ("Jordan", "Georgia", "Washington") is dropped when it is part of a longer capitalised
 * name ("Michael Jordan", "Georgia Tech"); a state followed by an organ ("Russia's Foreign
 * Ministry", "the Ukrainian delegation") is one mention of the state.
 */
import type { Sentence } from '../types.ts';
import { CALENDAR } from './calendar.ts';
import { matchAt } from './gazetteer.ts';
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

const isSpaceGap = (s: Sentence, a: Token, b: Token): boolean => {
  const g = s.text.slice(a.end - s.start, b.start - s.start);
  return g === ' ' || g === '-';
};

function vetoed(s: Sentence, toks: Token[], i: number, j: number, text: string, taken: Uint8Array): boolean {
  const prev = toks[i - 1], next = toks[j];
  if (prev && vetoBefore[text]?.includes(prev.text) && isSpaceGap(s, prev, toks[i])) return true;
  if (next && vetoAfter[text]?.includes(next.text) && isSpaceGap(s, toks[j - 1], next)) return true;
  if (prev && prev.cap && !(prev.initial && NON_FIRST.has(prev.text)) && !taken[i - 1] && !prev.possessive && !CALENDAR.has(prev.text)
    && isSpaceGap(s, prev, toks[i]) && !matchAt(OFFICES, s, toks, i - 1)) return true;
  if (next && next.cap && !toks[j - 1].possessive && !CALENDAR.has(next.text) && isSpaceGap(s, toks[j - 1], next)
    && !matchAt(LEXICAL, s, toks, j) && !matchAt(OFFICES, s, toks, j) && !matchAt(ORGANS, s, toks, j)) return true;
  return false;
}

/** @param skip a [start, end) range of the field (a dateline) in which nothing is a mention. */
export function findLexical(s: Sentence, toks: Token[], skip: [number, number] | null): LexicalResult {
  const spans: LexSpan[] = [];
  const offices: OfficeSpan[] = [];
  const taken = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length;) {
    if (skip && toks[i].start >= skip[0] && toks[i].start < skip[1]) { i++; continue; }
    const lex = matchAt(LEXICAL, s, toks, i);
    const off = matchAt(OFFICES, s, toks, i);
    const lexLen = lex?.tokens.length ?? 0, offLen = off?.tokens.length ?? 0;
    if (lex && lexLen >= offLen) {
      const j = i + lexLen;
      const text = s.text.slice(toks[i].start - s.start, toks[j - 1].end - s.start);
      const targets = lex.value.filter((t) => !t.ambiguous) ;
      const keep = targets.length === lex.value.length || !vetoed(s, toks, i, j, text, taken) ? lex.value : targets;
      if (keep.length) {
        const sp: LexSpan = { sentence: s.index, i, j, start: toks[i].start, end: toks[j - 1].end, text, targets: keep, organ: undefined };
        extendWithOrgan(s, toks, sp);
        spans.push(sp);
        for (let k = i; k < sp.j; k++) taken[k] = 1;
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
