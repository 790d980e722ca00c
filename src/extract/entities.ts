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
import { SIG_SIZE, tokenize, wordSig } from './mentions/tokenize.ts';
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

export function buildMentionLayer(article: Article): MentionLayer {
  const sentences = splitSentences(article);
  const dateline = article.dateline ? null : findDateline(article.body);
  const all: SentenceTokens[] = sentences.map((sentence) => {
    const toks = sentence.boilerplate ? [] : tokenize(sentence, sentence.field === 'body' ? article.body : article.title!);
    const { spans, offices } = findLexical(sentence, toks, sentence.field === 'body' ? dateline : null);
    return { sentence, toks, spans, offices };
  });
  const confirmed = new Set<string>();
  // `lowerWords` is only asked about the lower case of capitalised words (find-persons.ts): a filter of
  // those keeps out of the set nearly all the lower-case words it would otherwise hold.
  stamp = (stamp + 1) | 0;
  if (stamp === 0) { capLower.fill(0); stamp = 1; } // wrapped round: old marks would match
  for (const { toks, sentence } of all) {
    for (const t of toks) {
      if (!t.cap) continue;
      if (!t.initial && !sentence.headline) confirmed.add(t.text);
      capLower[t.sig] = stamp;
    }
  }
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
  const named = new Set<string>();
  for (const st of all) for (const sp of st.spans) for (const t of sp.targets) if (!t.contextual) named.add(t.id);
  for (const st of all) {
    for (const sp of st.spans) {
      for (const t of sp.targets) {
        if (t.contextual && !named.has(t.id)) continue;
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
  mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start || a.end - b.end);
  return { sentences, mentions, entities };
}
