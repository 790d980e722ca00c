/**
 * The keys that make one person's spellings meet: a surname key that folds diacritics,
 * Arabic articles and common transliteration variants (Zelenskyy/Zelensky/Zelenskiy →
 * "zelensky"; Umerov/Umierov/Umyerov → "umerov"; al-Sisi/el-Sisi → "sisi"), and the
 * person id `person:<surname key>-<first initial>`.
 */
import { slug } from '../mentions/slug.ts';

const cache = new Map<string, string>();

export function surnameKey(surname: string): string {
  let k = cache.get(surname);
  if (k === undefined) {
    if (cache.size > 100_000) cache.clear();
    k = computeKey(surname);
    cache.set(surname, k);
  }
  return k;
}

function computeKey(surname: string): string {
  return slug(surname)
    .replace(/^(?:al|el|al-|el-)-/, '')
    .replace(/(?:iy|yy|ii|yi|ij)$/, 'y')
    .replace(/([bcdfgklmnprstvz])[iy]e/g, '$1e')
    .replace(/-/g, '');
}

/**
 * `slug(w).charAt(0)`. A word that starts with an ASCII letter or digit keeps it, lower-cased, first
 * in its slug (no step of `slug` moves or drops it), so most words need no slug.
 */
export function slugInitial(w: string): string {
  const c = w.charCodeAt(0);
  if (c >= 97 && c <= 122 || c >= 48 && c <= 57) return w.charAt(0);
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  return slug(w).charAt(0);
}

export function personId(surname: string, given: string | undefined): string {
  const initial = given ? slugInitial(given) : '';
  return `person:${surnameKey(surname)}${initial ? '-' + initial : ''}`;
}

/** Two surname keys of one person: equal, or one letter apart when both are long (score.mjs allows the same). */
export function surnamesMeet(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  return editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
