/**
 * A phrase matcher over tokens: phrases are stored under their first token, longest first,
 * and match when every token and every gap between tokens agrees ("St. Petersburg" needs
 * the ". " gap). Case-sensitive, or case-insensitive for a gazetteer built with `fold`.
 */
import type { Sentence } from '../types.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface Phrase<T> { tokens: string[]; gaps: string[]; value: T; text: string }

/**
 * A filter in front of `byFirst`: `bits[sig(w)]` has bit `min(length, 31)` set for every first
 * token `w` of a phrase (`sig` mixes its first, second and last characters). Most tokens start
 * no phrase, and this rejects them without a `byFirst` lookup.
 */
export interface Gazetteer<T> { fold: boolean; byFirst: Map<string, Phrase<T>[]>; bits: Int32Array }

const SIG_MASK = 16383;
const sig = (w: string): number => (w.charCodeAt(0) * 961 + (w.length > 1 ? w.charCodeAt(1) * 31 + w.charCodeAt(w.length - 1) : 0)) & SIG_MASK;
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
  const bits = new Int32Array(SIG_MASK + 1);
  for (const first of byFirst.keys()) bits[sig(first)] |= lengthBit(first.length);
  return { fold, byFirst, bits };
}

/** The longest phrase that starts at token `i`, or null. */
export function matchAt<T>(g: Gazetteer<T>, sentence: Sentence, toks: Token[], i: number): Phrase<T> | null {
  const first = g.fold ? toks[i].lower : toks[i].text;
  if ((g.bits[sig(first)] & lengthBit(first.length)) === 0) return null;
  const list = g.byFirst.get(first);
  if (!list) return null;
  for (const p of list) {
    if (i + p.tokens.length > toks.length) continue;
    let ok = true;
    for (let k = 1; k < p.tokens.length && ok; k++) {
      const t = toks[i + k];
      const text = g.fold ? t.lower : t.text;
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
