/**
 * Within-article resolution of people: candidates become mentions of clusters with
 * stable ids. Full names open clusters; a bare surname joins the cluster of the person
 * with that surname named most recently (two people sharing a surname stay apart by their
 * first initial); titles give roles; a title alone ("the Kremlin spokesperson") and
 * pronouns resolve to the person named before when the antecedent is clear.
 */
import type { Entity, Role } from '../../domain/graph.ts';
import type { LexSpan, OfficeSpan } from '../mentions/find-lexical.ts';
import type { PersonCandidate } from '../mentions/find-persons.ts';
import { orgName } from '../mentions/lexicon.ts';
import { PARTICLES, PERSON_PRONOUNS } from '../mentions/name-words.ts';
import { firstFilter, mayBeFirstLower } from '../mentions/gazetteer.ts';
import type { Token } from '../mentions/tokenize.ts';
import type { Mention, Sentence } from '../types.ts';
import { lookupKnown, type Known } from './known-persons.ts';
import { personId, surnameKey, surnamesMeet } from './person-key.ts';
import { qualifierOf } from './roles.ts';

interface Cluster {
  id: string;
  known?: Known;
  /** Surname key and first initial ('' when only a surname is known). */
  sur: string;
  initial: string;
  forms: string[];
  roles: Role[];
  lastSeen: number;
  /** `surnameKey` of each of the known person's surnames, filled on first use. */
  knownKeys?: string[];
}

export interface SentenceTokens { sentence: Sentence; toks: Token[]; spans: LexSpan[]; offices: OfficeSpan[] }

/** Which words of a name are the surname: the last word, with particles before it ("von der Leyen", "al-Sisi"). */
function splitName(words: string[]): { given?: string; surname: string } {
  let k = words.length - 1;
  while (k > 0 && PARTICLES.has(words[k - 1].toLowerCase())) k--;
  return { given: k > 0 ? words[0] : undefined, surname: k >= 0 && k === words.length - 1 ? words[k] : words.slice(k).join(' ') };
}

/** The first letter of `w` decomposed, lower-cased. (A first code unit in ASCII is its own decomposition.) */
const initialOf = (w?: string): string => (!w ? '' : w.charCodeAt(0) < 128 ? w.charAt(0).toLowerCase() : w.normalize('NFKD').charAt(0).toLowerCase());

export function resolvePersons(cands: PersonCandidate[], all: SentenceTokens[]): { mentions: Mention[]; entities: Entity[] } {
  const clusters = new Map<string, Cluster>();
  const mentionOf = new Map<PersonCandidate, Cluster>();
  const order = inReadingOrder(cands) ? cands : [...cands].sort(byPosition);
  const pos = (c: PersonCandidate): number => c.sentence * 10000 + c.i;

  const open = (id: string, sur: string, initial: string, known?: Known): Cluster => {
    let cl = clusters.get(id);
    if (!cl) { cl = { id, known, sur, initial, forms: [], roles: [], lastSeen: -1 }; clusters.set(id, cl); }
    return cl;
  };
  const attach = (c: PersonCandidate, cl: Cluster): void => {
    mentionOf.set(c, cl);
    cl.lastSeen = Math.max(cl.lastSeen, pos(c));
    const joined = c.words.length === 1 ? c.words[0] : c.words.join(' ');
    const form = joined.includes(' - ') ? joined.replace(/ - /g, '-') : joined;
    if (!cl.forms.includes(form)) cl.forms.push(form);
  };

  // Pass 1: full names and known people.
  for (const c of order) {
    const known = lookupKnown(c.words);
    if (known) { attach(c, open(known.id, surnameKey(known.person.surnames[0]), initialOf(known.person.given[0]), known)); continue; }
    if (c.words.length < 2 || c.headline) continue;
    const { given, surname } = splitName(c.words);
    if (!given) continue;
    attach(c, open(personId(surname, given), surnameKey(surname), initialOf(given)));
  }
  // Pass 2: bare surnames join the nearest earlier person with that surname (else a later one).
  for (const c of order) {
    if (mentionOf.has(c)) continue;
    const { surname } = splitName(c.words);
    const key = surnameKey(surname);
    const same: Cluster[] = [];
    for (const cl of clusters.values()) {
      if (surnamesMeet(cl.sur, key)) { same.push(cl); continue; }
      if (!cl.known) continue;
      const keys = cl.knownKeys ??= cl.known.person.surnames.map(surnameKey);
      if (keys.includes(key)) same.push(cl);
    }
    if (same.length) {
      const before = same.filter((cl) => cl.lastSeen < pos(c));
      const pick = (before.length ? before : same).sort((a, b) => b.lastSeen - a.lastSeen)[0];
      attach(c, pick);
    } else if (c.evidence !== 'single' && c.evidence !== 'multi' && !c.headline) {
      attach(c, open(personId(surname, undefined), key, ''));
    }
  }

  const byIdx = sentencesByIndex(all);
  const stateAt = (sentence: number, tokenEnd: number): string | undefined => {
    for (const [c, cl] of mentionOf) if (c.sentence === sentence && c.j === tokenEnd) return stateOf(cl);
    return undefined;
  };
  const stateOf = (cl: Cluster): string | undefined => cl.roles.find((r) => r.of?.startsWith('state:'))?.of
    ?? (cl.known?.person.state ? `state:${cl.known.person.state}` : undefined);

  // Roles from titles.
  for (const [c, cl] of mentionOf) {
    if (!c.office) continue;
    const st = byIdx.get(c.sentence)!;
    let of = qualifierOf(c.office, st.toks, st.spans, stateAt) ?? null;
    if (!of && cl.known) of = cl.known.person.state ? `state:${cl.known.person.state}` : cl.known.person.org ? orgIdOf(cl.known.person.org) : null;
    if (!of && c.office.office.contextual) of = contextState(st, c.office.i) ?? null;
    addRole(cl, { title: c.office.office.title, of });
  }
  for (const cl of clusters.values()) {
    if (!cl.roles.length && cl.known) {
      const p = cl.known.person;
      const of = p.state ? `state:${p.state}` : p.org ? orgIdOf(p.org) : null;
      if (of) addRole(cl, { title: p.title ?? 'Official', of });
    }
  }

  const mentions: Mention[] = [];
  for (const [c, cl] of mentionOf) {
    const st = byIdx.get(c.sentence)!;
    mentions.push({ field: st.sentence.field, start: c.start, end: c.end, text: c.text, sentence: c.sentence, entityId: cl.id,
      kind: 'Person', via: c.words.length === 1 && cl.forms.some((f) => f.includes(' ')) ? 'surname' : 'name',
      role: c.office ? cl.roles.find((r) => r.title === c.office!.office.title) : undefined });
  }
  // Both read `mentions` as it is now (the names only); appended by loops, not spread arguments.
  const roles = roleMentions(all, clusters, mentionOf), pronouns = pronounMentions(all, mentions);
  for (const m of roles) mentions.push(m);
  for (const m of pronouns) mentions.push(m);

  const entities: Entity[] = [...clusters.values()].filter((cl) => cl.forms.length).map((cl) => {
    const fullest = fullestForm(cl.forms);
    const name = cl.known && cl.known.person.name.split(' ').length >= fullest.split(' ').length ? cl.known.person.name : fullest;
    return { id: cl.id, kind: 'Person', name, aliases: cl.forms.filter((f) => f !== name), roles: cl.roles };
  });
  return { mentions, entities };
}

const byPosition = (a: PersonCandidate, b: PersonCandidate): number => a.sentence - b.sentence || a.i - b.i;

/** Whether the candidates are sorted by position already (as findPersons gives them): the stable sort would keep them as they are. */
function inReadingOrder(cands: PersonCandidate[]): boolean {
  for (let k = 1; k < cands.length; k++) if (!(byPosition(cands[k - 1], cands[k]) <= 0)) return false;
  return true;
}

/**
 * The sentences by index. They are `all` itself when each sits at its index (as `splitSentences` numbers
 * them), so no map is built; else a map, in which the last of a repeated index wins.
 */
function sentencesByIndex(all: SentenceTokens[]): { get(index: number): SentenceTokens | undefined } {
  let inPlace = true;
  for (let k = 0; k < all.length && inPlace; k++) inPlace = all[k].sentence.index === k;
  if (inPlace) return { get: (index) => (Number.isInteger(index) && index >= 0 ? all[index] : undefined) };
  const byIdx = new Map<number, SentenceTokens>();
  for (const x of all) byIdx.set(x.sentence.index, x);
  return byIdx;
}

const wordCount = (f: string): number => { let n = 1; for (let i = f.indexOf(' '); i >= 0; i = f.indexOf(' ', i + 1)) n++; return n; };

/** The first of the forms with the most words, then the most characters (what a stable sort by those would put first). */
function fullestForm(forms: string[]): string {
  let best = forms[0], bestWords = wordCount(best);
  for (let k = 1; k < forms.length; k++) {
    const f = forms[k], w = wordCount(f);
    if (w > bestWords || (w === bestWords && f.length > best.length)) { best = f; bestWords = w; }
  }
  return best;
}

function orgIdOf(name: string): string | null {
  for (const [id, n] of orgName) if (n === name) return id;
  return null;
}

function addRole(cl: Cluster, role: Role): void {
  const same = cl.roles.find((r) => r.title === role.title);
  if (!same) cl.roles.push(role);
  else if (!same.of && role.of) same.of = role.of;
}

/** The state a sentence is about, for a title with no qualifier: the nearest state mentioned before it. */
function contextState(st: SentenceTokens, tokenIndex: number): string | undefined {
  const before = st.spans.filter((s) => s.j <= tokenIndex && s.targets.some((t) => t.kind === 'State'));
  return before.length ? before[before.length - 1].targets.find((t) => t.kind === 'State')!.id : undefined;
}

/** "the Kremlin spokesperson said": a title with no name, when one person of the article holds it. */
function roleMentions(all: SentenceTokens[], clusters: Map<string, Cluster>, used: Map<PersonCandidate, Cluster>): Mention[] {
  const out: Mention[] = [];
  const held = new Set<string>();
  for (const cl of clusters.values()) for (const r of cl.roles) held.add(r.title);
  if (!held.size) return out;
  // The offices already read as a named person's title, gathered only once an office of a held title turns up.
  let taken: Set<string> | undefined;
  for (const st of all) {
    for (const o of st.offices) {
      if (!held.has(o.office.title)) continue;
      taken ??= takenOffices(used);
      if (taken.has(`${o.sentence}:${o.i}`)) continue;
      const next = st.toks[o.j];
      if (next && next.cap) continue;
      const of = qualifierOf(o, st.toks, st.spans, () => undefined);
      const holders = [...clusters.values()].filter((cl) => cl.lastSeen >= 0 && cl.lastSeen < st.sentence.index * 10000 + o.i
        && cl.roles.some((r) => r.title === o.office.title && (!of || r.of === of)));
      const det = st.toks[o.i - 1];
      if (holders.length !== 1 || !(of || (det && /^the$/i.test(det.text)))) continue;
      out.push({ field: st.sentence.field, start: o.start, end: o.end, text: o.text, sentence: o.sentence,
        entityId: holders[0].id, kind: 'Person', via: 'role', role: holders[0].roles.find((r) => r.title === o.office.title) });
    }
  }
  return out;
}

/** `sentence:i` of each office that a named mention's title is. */
function takenOffices(used: Map<PersonCandidate, Cluster>): Set<string> {
  const taken = new Set<string>();
  for (const c of used.keys()) if (c.office) taken.add(`${c.office.sentence}:${c.office.i}`);
  return taken;
}

/** The filter of the pronouns (lower case): other tokens are turned away unread. */
const PRONOUN_BITS = firstFilter(PERSON_PRONOUNS);

/** he/she/his/her → the subject person of this sentence before the pronoun, else of the previous sentence. */
function pronounMentions(all: SentenceTokens[], named: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (!named.length) return out;
  // The named mentions of each sentence, at its index (a sentence index is a number, so an array holds them as a map would).
  const bySentence: Mention[][] = [], lists: Mention[][] = [];
  for (const m of named) {
    const list = bySentence[m.sentence];
    if (list) list.push(m); else lists.push(bySentence[m.sentence] = [m]);
  }
  for (const list of lists) if (list.length > 1) list.sort((a, b) => a.start - b.start);
  for (const st of all) {
    const hereAll = bySentence[st.sentence.index], prev = bySentence[st.sentence.index - 1] ?? [];
    // No named person in this sentence or the one before: no pronoun of it can resolve (its pool would be empty).
    if (hereAll === undefined && !prev.length) continue;
    for (const t of st.toks) {
      if (!mayBeFirstLower(PRONOUN_BITS, t) || !PERSON_PRONOUNS.has(t.lower)) continue;
      const here = (hereAll ?? []).filter((m) => m.end <= t.start);
      const pool = here.length ? here : prev;
      const ids = new Set(pool.map((m) => m.entityId));
      if (!pool.length || (ids.size > 1 && !here.length)) continue;
      out.push({ field: st.sentence.field, start: t.start, end: t.end, text: t.text, sentence: st.sentence.index,
        entityId: pool[0].entityId, kind: 'Person', via: 'pronoun', role: undefined });
    }
  }
  return out;
}
