/**
 * Organisations beyond the lexicon: a capitalised name ending in a word that heads an
 * organisation's name ("Fasher Resistance Coordination Committee", "Arakan Army",
 * "Center for Strategic and International Studies"), unless a state qualifies it
 * (then it is a state organ: "Russian Defence Ministry"); and acronyms defined in
 * brackets ("Rapid Support Forces (RSF)") used later on their own.
 */
import type { Entity } from '../../domain/graph.ts';
import type { SentenceTokens } from '../resolve/resolve-persons.ts';
import { isSpaceGap, type LexSpan } from './find-lexical.ts';
import type { Mention } from '../types.ts';
import { CALENDAR } from './calendar.ts';
import { slug } from './slug.ts';
import { firstFilter, mayBeFirstLower } from './gazetteer.ts';
import type { Token } from './tokenize.ts';

const HEADS = new Set(['Party', 'Organization', 'Organisation', 'Association', 'Institute', 'University', 'Foundation', 'Corporation',
  'Committee', 'Movement', 'Front', 'Brigades', 'Army', 'Forces', 'Alliance', 'Coalition', 'League', 'Center', 'Centre',
  'Agency', 'Bank', 'Fund', 'Group', 'Council', 'Commission', 'Studies', 'Network', 'Conference']);
/** First words of the names of state bodies: "National Security and Defense Council", "State Council". */
const STATE_BODY_FIRST = new Set(['National', 'Federal', 'State', 'Presidential', 'Royal', 'Supreme', 'Central', 'Joint', 'General', 'Security', 'Foreign', 'Defence', 'Defense']);
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', '&']);
const LEADING_NOISE = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'And', 'But', 'Both', 'Its', 'Their', 'His', 'Her']);
/** The filter of the heads' lower case: a sentence with no token that passes it has no head. */
const HEAD_BITS = firstFilter([...HEADS].map((h) => h.toLowerCase()));

/**
 * Whether some capitalised token may be one of HEADS. A name is found only up to a head, so a
 * sentence without one (most of them) finds nothing and is not scanned.
 */
function mayHaveHead(toks: Token[]): boolean {
  for (let k = 0; k < toks.length; k++) if (toks[k].cap && mayBeFirstLower(HEAD_BITS, toks[k])) return true;
  return false;
}

/** Heads that a state before them turns into a state organ. */
const ORGAN_HEADS = new Set(['Army', 'Forces', 'Agency', 'Bank', 'Council', 'Commission', 'Committee', 'Fund', 'Front', 'Group', 'Centre', 'Center']);

export function findOrganizations(all: SentenceTokens[]): { mentions: Mention[]; entities: Map<string, Entity> } {
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  const acronyms = new Map<string, string>();
  for (const st of all) {
    const { toks, spans, sentence: s } = st;
    if (s.headline) continue;
    if (!toks.length || !mayHaveHead(toks)) continue;
    // the lexicon span that starts at a token, and whether a token is inside one
    const spanAt: Array<LexSpan | undefined> = new Array(toks.length);
    const inSpan = new Uint8Array(toks.length);
    for (const sp of spans) { spanAt[sp.i] = sp; for (let k = sp.i; k < sp.j; k++) inSpan[k] = 1; }
    for (let i = 0; i < toks.length; i++) {
      if (!toks[i].cap || LEADING_NOISE.has(toks[i].text) || CALENDAR.has(toks[i].text)) continue;
      if (inSpan[i] && spanAt[i] === undefined) continue;
      // Extend over capitalised words, lexicon spans and connectors; remember the last head.
      let j = i, lastHead = -1, stateFirst = false;
      while (j < toks.length) {
        const t = toks[j];
        const sp = spanAt[j];
        if (sp) {
          if (j === i) stateFirst = sp.targets.some((x) => x.kind === 'State') || sp.organ === true;
          j = sp.j;
        } else if (t.cap && !inSpan[j]) {
          if (HEADS.has(t.text)) lastHead = j;
          j++;
        } else if (CONNECTORS.has(t.text) && j > i && (toks[j + 1]?.cap || (toks[j + 1]?.text === 'the' && toks[j + 2]?.cap))) j++;
        else break;
        if (toks[j - 1].possessive) break;
        if (j >= toks.length || !isSpaceGap(s, toks[j - 1], toks[j])) break;
      }
      if (lastHead < 0) { i = Math.max(i, j - 1); continue; }
      // "Council of General Affairs of the European Union": the head's complement belongs to the name.
      const end = CONNECTORS.has(toks[lastHead + 1]?.text ?? '') && lastHead + 1 < j ? j : lastHead + 1;
      if (spanAt[i]?.targets.some((x) => x.kind === 'Organization') && spanAt[i]!.j >= end) { i = end - 1; continue; }
      if (end - i < 2 || ((stateFirst || STATE_BODY_FIRST.has(toks[i].text)) && ORGAN_HEADS.has(toks[lastHead].text))) { i = end - 1; continue; }
      if (spanAt[i]?.organ) { i = end - 1; continue; }
      const name = s.text.slice(toks[i].start - s.start, toks[end - 1].end - s.start);
      const id = `org:${slug(name)}`;
      if (!entities.has(id)) entities.set(id, { id, kind: 'Organization', name, aliases: [] });
      mentions.push({ field: s.field, start: toks[i].start, end: toks[end - 1].end, text: name, sentence: s.index, entityId: id, kind: 'Organization', via: 'name', role: undefined });
      // "... Forces (RSF)": an acronym defined for later use.
      const after = s.text.slice(toks[end - 1].end - s.start);
      const def = /^\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)/.exec(after);
      if (def) { acronyms.set(def[1], id); (entities.get(id)!.aliases as string[]).push(def[1]); }
      i = end - 1;
    }
  }
  if (acronyms.size) {
    for (const st of all) for (const t of st.toks) {
      const id = acronyms.get(t.text);
      if (id && !st.spans.some((sp) => sp.i <= t.i && t.i < sp.j)) mentions.push({ field: st.sentence.field, start: t.start, end: t.end,
        text: t.text, sentence: st.sentence.index, entityId: id, kind: 'Organization', via: 'acronym', role: undefined });
    }
  }
  return { mentions, entities };
}
