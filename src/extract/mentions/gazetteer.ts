/**
 * A phrase matcher over tokens: phrases are stored under their first token, longest first,
 * and match when every token and every gap between tokens agrees ("St. Petersburg" needs
 * the ". " gap). Case-sensitive, or case-insensitive for a gazetteer built with `fold`.
 */
import type { Sentence } from '../types.ts';
import { SIG_SIZE, tokenize, wordSig as sig, type Token } from './tokenize.ts';

export interface Phrase<T> { tokens: string[]; gaps: string[]; value: T; text: string }

/**
 * A filter in front of `byFirst`: `bits[sig(w)]` has bit `min(length, 31)` set for every first
 * token `w` of a phrase (`sig` mixes its first, second and last characters). Most tokens start
 * no phrase, and this rejects them without a `byFirst` lookup.
 */
export interface Gazetteer<T> { fold: boolean; byFirst: Map<string, Phrase<T>[]>; bits: Int32Array }

const lengthBit = (n: number): number => 1 << (n < 31 ? n : 31);

const probe = (text: string): Token[] => tokenize({ index: 0, field: 'body', start: 0, end: text.length, text, paragraph: 0 });

export function buildGazetteer<T>(entries: Iterable<[string, T]>, fold = false): Gazetteer<T> {
  const byFirst = new Map<string, Phrase<T>[]>();
  for (const [text, value] of entries) {
    const toks = probe(text);
    if (!toks.length) continue;
    const key = (s: string) => (fold ? s.toLowerCase() : s);
    const gaps = toks.slice(1).map((t, k) => text.slice(toks[k].end, t.start).replace(/\s+/g, ' '));
    const phrase: Phrase<T> = { tokens: toks.map((t) => key(t.text)), gaps, value, text };
    const list = byFirst.get(phrase.tokens[0]) ?? [];
    if (list.some((p) => p.tokens.join('\u0000') === phrase.tokens.join('\u0000') && p.gaps.join() === phrase.gaps.join())) continue;
    list.push(phrase);
    byFirst.set(phrase.tokens[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { fold, byFirst, bits: firstFilter(byFirst.keys()) };
}

/** The filter of `Gazetteer.bits` over the words `firsts`. */
export function firstFilter(firsts: Iterable<string>): Int32Array {
  const bits = new Int32Array(SIG_SIZE);
  for (const first of firsts) bits[sig(first)] |= lengthBit(first.length);
  return bits;
}

/** Whether `w` may be one of the words of the filter `bits` (false: it is not). */
export const mayBeFirst = (bits: Int32Array, w: string): boolean => (bits[sig(w)] & lengthBit(w.length)) !== 0;

/** Whether token `t`'s lower case may be one of the words of the filter `bits` (false: it is not). */
export const mayBeFirstLower = (bits: Int32Array, t: Token): boolean => (bits[t.sig] & lengthBit(t.lower.length)) !== 0;

/** The longest phrase that starts at token `i`, or null. */
export function matchAt<T>(g: Gazetteer<T>, sentence: Sentence, toks: Token[], i: number): Phrase<T> | null {
  const t = toks[i];
  const first = g.fold ? t.lower : t.text;
  if (!(g.fold ? mayBeFirstLower(g.bits, t) : mayBeFirst(g.bits, first))) return null;
  const list = g.byFirst.get(first);
  return list ? matchList(list, g.fold, sentence, toks, i) : null;
}

/** The first (longest) phrase of `list`, all of whose first tokens are token `i`'s, that matches from token `i`, or null. */
export function matchList<T>(list: Phrase<T>[], fold: boolean, sentence: Sentence, toks: Token[], i: number): Phrase<T> | null {
  for (const p of list) {
    if (i + p.tokens.length > toks.length) continue;
    let ok = true;
    for (let k = 1; k < p.tokens.length && ok; k++) {
      const t = toks[i + k];
      const text = fold ? t.lower : t.text;
      if (text !== p.tokens[k]) ok = false;
      else {
        const prev = toks[i + k - 1];
        if (prev.possessive) ok = false;
        else {
          const want = p.gaps[k - 1];
          const len = t.start - prev.end;
          ok = len === want.length ? sentence.text.startsWith(want, prev.end - sentence.start)
            : want === ' ' && /^\s+$/.test(sentence.text.slice(prev.end - sentence.start, t.start - sentence.start));
        }
      }
    }
    if (ok) return p;
  }
  return null;
}
