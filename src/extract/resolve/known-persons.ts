/**
 * Lookup of the well-known people of `lexicon/persons.json` by the words of a name.
 */
import { KNOWN_PERSONS, type KnownPerson } from '../mentions/lexicon.ts';
import { slug } from '../mentions/slug.ts';
import { personId, slugInitial, surnameKey } from './person-key.ts';

export interface Known {
  person: KnownPerson;
  id: string;
  /** The first letter of each given name's slug, and each given name's slug without hyphens, computed once. */
  givenInitials: string[];
  givenFlat: string[];
}

const initialOf = slugInitial;
const flatSlug = (w: string): string => slug(w).replace(/-/g, '');

const bySurname = new Map<string, Known[]>();
const byAlias = new Map<string, Known>();
for (const p of KNOWN_PERSONS) {
  const k: Known = { person: p, id: personId(p.surnames[0], p.given[0]), givenInitials: p.given.map(initialOf), givenFlat: p.given.map(flatSlug) };
  for (const s of p.surnames) {
    const key = surnameKey(s);
    const list = bySurname.get(key) ?? [];
    list.push(k);
    bySurname.set(key, list);
  }
  for (const a of [p.name, ...(p.aliases ?? [])]) byAlias.set(a, k);
}

/**
 * The known person a name refers to. `words` are the name's words (particles included).
 * A bare surname finds a person unless the entry is `fullOnly` (common surnames such as
 * "Wang", "Abbas"); a given name must agree with one of the entry's given names by initial.
 */
export function lookupKnown(words: string[]): Known | undefined {
  // The answer depends on the words alone and the same names recur in every article: memoised in a
  // tree with a level a word (no key string is built, and the words' hashes are cached in them).
  if (memoNodes > 50_000) { memo = {}; memoNodes = 0; }
  let node = memo;
  for (let i = 0; i < words.length; i++) {
    const next = node.next ??= new Map();
    let child = next.get(words[i]);
    if (child === undefined) { child = {}; next.set(words[i], child); memoNodes++; }
    node = child;
  }
  if (node.known === undefined) node.known = lookupWords(words) ?? null;
  return node.known ?? undefined;
}
/** A node of the memo: the answer for the words on the path to it, and the nodes one word longer. */
interface MemoNode { known?: Known | null; next?: Map<string, MemoNode> }
let memo: MemoNode = {};
let memoNodes = 0;

function lookupWords(words: string[]): Known | undefined {
  const text = words.join(' ');
  const alias = byAlias.get(text) ?? byAlias.get(text.replace(/ - /g, '-'));
  if (alias) return alias;
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const sur = words.slice(words.length - n).join(' ');
    const list = bySurname.get(surnameKey(sur));
    if (!list) continue;
    const given = words.slice(0, words.length - n).filter((w) => !/^(?:bin|al|el|von|der|de|da)$/i.test(w));
    const initial = given.length ? initialOf(given[0]) : '';
    for (const k of list) {
      if (k.person.familyFirst) continue;
      if (!given.length) { if (!k.person.fullOnly) return k; continue; }
      if (k.givenInitials.includes(initial)) return k;
    }
  }
  // family name first: "Xi Jinping", "Kim Jong Un", "Wang Yi"
  const list = bySurname.get(surnameKey(words[0]));
  if (!list) return undefined;
  const given = words.length > 1 ? flatSlug(words.slice(1).join('')) : '';
  for (const k of list) {
    if (!k.person.familyFirst) continue;
    if (words.length === 1 && !k.person.fullOnly) return k;
    if (words.length > 1 && k.givenFlat.includes(given)) return k;
  }
  return undefined;
}
