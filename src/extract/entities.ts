/**
 * The mention stage: `buildMentionLayer(article)` finds the mentions of people, states,
 * organisations and places in an article's title and body and resolves them to entities
 * with stable ids (`state:<ISO3>`, `org:<slug>`, `place:<slug>`, `person:<surname>-<initial>`).
 * Pure and deterministic.
 */
import type { Article } from '../domain/article.ts';
import type { Entity } from '../domain/graph.ts';
import { findDateline } from './mentions/dateline.ts';
import { findLexical } from './mentions/find-lexical.ts';
import { findOrganizations } from './mentions/find-orgs.ts';
import { findPersons, type PersonCandidate } from './mentions/find-persons.ts';
import { firstFilter, mayBeFirstLower } from './mentions/gazetteer.ts';
import { NON_FIRST } from './mentions/name-words.ts';
import { SIG_SIZE, tokenize, wordSig, type Token } from './mentions/tokenize.ts';
import { resolvePersons, type SentenceTokens } from './resolve/resolve-persons.ts';
import { splitSentences } from './sentences.ts';
import type { Mention, MentionLayer } from './types.ts';

/**
 * The filter in front of `lowerWords`: `capLower[sig] === stamp` marks the signature (`wordSig`) of the
 * lower case of a capitalised word of this call's article. One buffer for all calls; the stamp, new each
 * call, stands in for clearing it.
 */
const capLower = new Int32Array(SIG_SIZE);
let stamp = 0;

/**
 * The filter in front of `confirmed`: find-persons.ts asks it only about words of NON_FIRST (`nameLike`,
 * and the first word of a candidate), so a capitalised word whose lower case is not that of one of them
 * (nearly all) need not go into the set.
 */
const NON_FIRST_BITS = firstFilter([...NON_FIRST].map((w) => w.toLowerCase()));

export function buildMentionLayer(article: Article): MentionLayer {
  const sentences = splitSentences(article);
  const dateline = article.dateline ? null : findDateline(article.body);
  // `confirmed`: the capitalised words of NON_FIRST seen in the article other than at a sentence start.
  const confirmed = new Set<string>();
  // `lowerWords` is only asked about the lower case of capitalised words (find-persons.ts): a filter of
  // those keeps out of the set nearly all the lower-case words it would otherwise hold.
  stamp = (stamp + 1) | 0;
  if (stamp === 0) { capLower.fill(0); stamp = 1; } // wrapped round: old marks would match
  const all: SentenceTokens[] = sentences.map((sentence) => {
    const toks = sentence.boilerplate ? [] : tokenize(sentence, sentence.field === 'body' ? article.body : article.title!);
    const { spans, offices } = findLexical(sentence, toks, sentence.field === 'body' ? dateline : null);
    // read while the sentence's tokens are fresh, rather than in a pass of its own
    markCapitalised(toks, !!sentence.headline, confirmed);
    return { sentence, toks, spans, offices };
  });
  const lowerWords = new Set<string>();
  for (const { toks } of all) {
    for (const t of toks) if (!t.cap && capLower[t.text === t.lower ? t.sig : wordSig(t.text)] === stamp) lowerWords.add(t.text);
  }

  const orgs = findOrganizations(all);
  const cands: PersonCandidate[] = [];
  for (const st of all) {
    const found = findPersons(st.sentence, st.toks, st.spans, st.offices, confirmed, lowerWords);
    for (let k = 0; k < found.length; k++) cands.push(found[k]);
  }
  const persons = resolvePersons(cands, all);

  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  const aliases = new Map<string, Set<string>>();
  // the ids named other than contextually, wanted only when a contextual target turns up (few articles)
  let named: Set<string> | undefined;
  for (const st of all) {
    for (const sp of st.spans) {
      for (const t of sp.targets) {
        if (t.contextual && !(named ??= namedIds(all)).has(t.id)) continue;
        mentions.push({ field: st.sentence.field, start: sp.start, end: sp.end, text: sp.text, sentence: st.sentence.index,
          entityId: t.id, kind: t.kind, via: sp.organ ? 'metonym' : t.via, role: undefined });
        if (!entities.has(t.id)) {
          entities.set(t.id, t.kind === 'State' ? { id: t.id, kind: 'State', name: t.name, iso3: t.iso3 }
            : t.kind === 'Organization' ? { id: t.id, kind: 'Organization', name: t.name, aliases: [] }
              : { id: t.id, kind: t.kind, name: t.name });
        }
        if (t.kind === 'Organization' && sp.text !== t.name) (aliases.get(t.id) ?? aliases.set(t.id, new Set()).get(t.id)!).add(sp.text);
      }
    }
  }
  for (const o of orgs.mentions) {
    mentions.push(o);
    if (!entities.has(o.entityId)) entities.set(o.entityId, orgs.entities.get(o.entityId)!);
  }
  for (const [id, set] of aliases) entities.get(id)!.aliases = [...set];
  for (const m of persons.mentions) mentions.push(m);
  for (const p of persons.entities) entities.set(p.id, p);
  return { sentences, mentions: sortMentions(mentions), entities };
}

/** Marks the capitalised words of a sentence's tokens in `capLower`, and the NON_FIRST ones not at a start in `confirmed`. */
function markCapitalised(toks: Token[], headline: boolean, confirmed: Set<string>): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.cap) continue;
    if (!t.initial && !headline && mayBeFirstLower(NON_FIRST_BITS, t)) confirmed.add(t.text);
    capLower[t.sig] = stamp;
  }
}

/** The ids of the targets of lexical spans that are not contextual. */
function namedIds(all: SentenceTokens[]): Set<string> {
  const named = new Set<string>();
  for (const st of all) for (const sp of st.spans) for (const t of sp.targets) if (!t.contextual) named.add(t.id);
  return named;
}

const byPosition = (a: Mention, b: Mention): number => a.sentence - b.sentence || a.start - b.start || a.end - b.end;

/**
 * `mentions` in position order, stably (ties keep their order), as `Array.prototype.sort` would put them:
 * the mentions come as a few runs already in order (lexical spans, organisations, names, roles, pronouns),
 * so the runs are found and merged rather than the whole sorted again (an insertion sort below 64 items).
 */
function sortMentions(mentions: Mention[]): Mention[] {
  // run boundaries: runs[k] is the start of run k, the last entry the length
  const runs = [0];
  for (let k = 1; k < mentions.length; k++) if (byPosition(mentions[k - 1], mentions[k]) > 0) runs.push(k);
  runs.push(mentions.length);
  let src = mentions;
  while (runs.length > 2) {
    // merge runs pairwise, left before right on ties (stable)
    const dst: Mention[] = new Array(mentions.length);
    const next = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const a0 = runs[r], a1 = runs[r + 1], b1 = r + 2 < runs.length ? runs[r + 2] : a1;
      let i = a0, j = a1, o = a0;
      while (i < a1 && j < b1) dst[o++] = byPosition(src[j], src[i]) < 0 ? src[j++] : src[i++];
      while (i < a1) dst[o++] = src[i++];
      while (j < b1) dst[o++] = src[j++];
      next.push(b1);
    }
    runs.length = 0;
    for (const x of next) runs.push(x);
    src = dst;
  }
  return src;
}
