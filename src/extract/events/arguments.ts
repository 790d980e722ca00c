/**
 * Who acts and whom it concerns, for one trigger of a sentence:
 * - actor: the agent of a passive ("mediated by Qatar"), the parties of "talks between
 *   X and Y", the pre-modifier of an event noun ("U.S. sanctions", "Omani mediation"),
 *   else the nearest party before the trigger that no preposition governs (the subject;
 *   in reported speech "Peskov said Putin is open to talks" that is Putin), else the
 *   speaker of the sentence ("..., Peskov said"), else the antecedent of a pronoun;
 * - targets: the parties after the trigger in its clause, up to the next trigger's actor;
 * - speaker: who says it, when that is not the actor.
 */
import type { Candidate } from './triggers.ts';
import { withGroup, type Group } from './parties.ts';
import { isSpaceCode } from '../white-space.ts';

export interface Arguments {
  actor: Group;
  /** How the actor was found, for the rule name and confidence. */
  via: 'passive' | 'between' | 'modifier' | 'subject' | 'speaker' | 'pronoun' | 'previous';
  targets: string[];
  /** The first party after the trigger (or a passive's subject): the direct counterpart. */
  counterpart: string[];
  /** Whether a pre-modifier named the target ("Russia sanctions"). */
  modifierTarget?: boolean;
  speaker: Group | null;
}

const SAY = '(?:said|says|say|stated|states|added|adds|told|tells|noted|notes|emphasi[sz]ed|stressed|wrote|writes|declared|insisted|argued|explained|remarked|warned|announced|claimed|confirmed|asserted|underlined|reiterated|acknowledged|observed)';
const SPEAKER_AFTER = new RegExp(`^[\\s,]*(?:[\\w'’-]+\\s+){0,3}?${SAY}\\b`, 'i');
const SPEAKER_BEFORE = new RegExp(`\\b${SAY}[\\s,]*$`, 'i');
const ACCORDING_TO = /\baccording to\s+(?:the\s+)?$/i;
const BY_AFTER = /^\s+(?:[\w'’-]+\s+){0,2}?by\s+(?:the\s+)?$/i;
const BETWEEN_AFTER = /^\s+(?:(?:[\w'’-]+\s+){0,4}?)between\s+(?:the\s+)?$/i;
/** Words that may stand between an event noun and the party that modifies it ("U.S. military aid"). */
const MODIFIER_GAP = /^(?:['’]s?)?\s+(?:(?:new|fresh|latest|recent|previous|proposed|planned|military|economic|trade|peace|nuclear|humanitarian|financial|security|joint|direct|indirect|bilateral|trilateral|sweeping|major|official|high-level|face-to-face|senior-level|latest|renewed|first|second|third|last|next|initial|formal|\w+-\w+|\d+)\s+){0,4}$/i;
const PRONOUN_SPEAKER = new RegExp(`[,”"]\\s*(?:he|she)\\s+${SAY}\\b`, 'i');
/** A round that continues earlier talks ("the next round", "a second meeting"). */
const ROUND_BEFORE = /\b(?:second|third|fourth|next|new|another|further|fresh|latest|last|previous|first|final|upcoming)\s+(?:[\w-]+\s+){0,2}$/i;
const AGENTLESS_PASSIVE = /\b(?:was|were|been|being|is|are|be)\s+(?:(?:now|not|also|later|formally|officially|already|reportedly|initially)\s+)?$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an)\s+(?:[a-z-]+\s+)?$/;
const FROM_AFTER = /^\s+from\s+(?:the\s+)?$/i;
const PRONOUN_BEFORE = /\b(he|she|they|we|his|her|their)\b(?:\s+[\w'’-]+){0,4}\s*$/i;
// Patterns read inside the functions below, compiled once (a literal in a function body is a new object at every call).
/** "... said that Putin said": a reported speaker is none of the sentence. */
const THAT_BEFORE = /\b(?:that|whether)\s*$/;
/** Nouns of pressure whose "from" names who exerts it ("threats from Mr Trump"). */
const PRESSURE_NOUN = /^(?:threat|threats|warning|warnings|pressure|demand|demands|request|offer|proposal|criticism|accusations?|condemnation)$/i;
const INCLUDING_BEFORE = /,\s*including\s+(?:the\s+)?$/i;
const LIST_END_GAP = /^\s*,\s*(?:[\w'’-]+\s+){0,2}$/;
const OBJECT_GAP = /^\s+(?:the\s+)?$/;
const TO_GAP = /^\s+to\s+$/;
/** Clause breaks inside a sentence (the sentence splitter has already cut at terminal punctuation; "U.S." is no break). */
const CLAUSE_BREAK = /;|\s(?:but|while|whereas|although|though|however|meanwhile)\s|[!?]["”]?\s/gi;

let breaksOf = '';
let breaks: [number, number][] = [];

/** Start of the clause that holds `pos`, and its end (offsets in `text`). The breaks of the last sentence are kept. */
export function clauseBounds(text: string, pos: number): [number, number] {
  if (text !== breaksOf) {
    breaksOf = text; breaks = [];
    CLAUSE_BREAK.lastIndex = 0;
    for (let m; (m = CLAUSE_BREAK.exec(text));) breaks.push([m.index, m.index + m[0].length]);
  }
  let start = 0, end = text.length;
  for (const [b, e] of breaks) {
    if (e <= pos) start = e;
    else if (b >= pos) { end = b; break; }
  }
  return [start, end];
}

/** `/ed$/i.test(text.slice(start, end))`. */
function endsInEd(text: string, start: number, end: number): boolean {
  return end - start >= 2 && (text.charCodeAt(end - 2) | 0x20) === 101 && (text.charCodeAt(end - 1) | 0x20) === 100;
}

/** `[...new Set(xs)]` (first occurrences, in order) without the set for the usual few ids. */
function unique(xs: string[]): string[] {
  if (xs.length > 16) return [...new Set(xs)];
  const out: string[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}

/** The last two letters of each word, as code pairs (see `endingBefore`). */
const endingsOf = (words: string[]): Set<number> => new Set(words.map((w) => (w.charCodeAt(w.length - 2) << 16) | w.charCodeAt(w.length - 1)));

/**
 * The last two characters, lower-cased as code pairs, of `text.slice(from, to)` once the white space that ends it
 * (and commas, with `commas`) is dropped; -1 if fewer than two are left. A pattern that ends in one of a list of
 * words and then such space can match only where this is an ending of one of those words (`endingsOf`): a check
 * of two characters that spares the slice and the test for most words ("with", "of", "and", "the").
 */
function endingBefore(text: string, from: number, to: number, commas: boolean): number {
  let e = to;
  for (let c; e > from && (isSpaceCode((c = text.charCodeAt(e - 1))) || (commas && c === 44));) e--;
  // (`| 0x20` lower-cases an ASCII letter and turns no other code into one; the patterns match ASCII letters only.)
  return e - from >= 2 ? ((text.charCodeAt(e - 2) | 0x20) << 16) | (text.charCodeAt(e - 1) | 0x20) : -1;
}

/** The endings of the words SPEAKER_BEFORE ("said") and ACCORDING_TO ("according to (the)") end in. */
const CUE_ENDINGS = endingsOf(SAY.slice(3, -1).replace('[sz]', 's').split('|').concat('to', 'the'));
/** The endings of the words AGENTLESS_PASSIVE ends in ("were", "formally"). */
const PASSIVE_ENDINGS = endingsOf('was were been being is are be now not also later formally officially already reportedly initially'.split(' '));

/** The group, if any, that says the sentence ("Peskov said", "said Peskov", "according to Peskov"). */
export function findSpeaker(text: string, groups: Group[]): Group | null {
  for (const g of groups) {
    if (g.ids.length !== 1) continue;
    if (SPEAKER_AFTER.test(text.slice(g.end, g.end + 50)) && !THAT_BEFORE.test(text.slice(Math.max(0, g.start - 8), g.start))) {
      if (!g.prep || g.prep === 'as') return g;
    }
    const from = Math.max(0, g.start - 30);
    if (!CUE_ENDINGS.has(endingBefore(text, from, g.start, true))) continue;
    const before = text.slice(from, g.start);
    if (ACCORDING_TO.test(before) || SPEAKER_BEFORE.test(before)) return g;
  }
  return null;
}

/** What the rest of the text lends a trigger whose clause names no actor. */
export interface Context {
  /** Targets stop here (the start of the next trigger, or of its actor). */
  stopAt: number;
  /** The actor of the previous trigger in the same sentence. */
  prior: Group | null;
  /** The subject of the previous sentence, for "he", "she", "it". */
  previous: Group | null;
  /** The last collective actor, for "they", "both". */
  plural: Group | null;
  /** Where the sentence's triggers end: a party right after one is its object. */
  objectEnds: number[];
}

/** The first of `after` that `prep` governs and whose gap from `from` reads `gap` ("mediated by Qatar"). */
function governedAfter(text: string, from: number, after: Group[], prep: string, gap: RegExp): Group | undefined {
  for (const g of after) if (g.prep === prep && gap.test(text.slice(from, g.start))) return g;
  return undefined;
}

/**
 * The actor and targets of candidate `c`. `groups` are the sentence's parties, `speaker`
 * its speaker, `ctx` what earlier text lends when the clause names no actor.
 */
export function argumentsOf(text: string, c: Candidate, groups: Group[], speaker: Group | null, ctx: Context): Arguments | null {
  const [cs, ce] = clauseBounds(text, c.start);
  const after: Group[] = [], before: Group[] = [];
  for (const g of groups) {
    if (g.start >= c.end && g.start < ce) after.push(g);
    if (g.end <= c.start && g.start >= cs) before.push(g);
  }
  let actor: Group | undefined, via: Arguments['via'] = 'subject';
  const passiveSubject: Group[] = [];
  const bare = !c.trigger;
  let namedTarget: Group | null = null;
  let venueGroup: Group | null = null;

  const byAgent = governedAfter(text, c.end, after, 'by', BY_AFTER);
  if (byAgent && c.pos !== 'modal') {
    actor = byAgent; via = 'passive';
    passiveSubject.push(...before.filter((g) => !g.prep || g.prep === 'between'));
  }
  // "threats from Mr Trump", "pressure from Washington": the party after "from" acts.
  const fromAgent = c.trigger && governedAfter(text, c.end, after, 'from', FROM_AFTER);
  if (!actor && fromAgent && PRESSURE_NOUN.test(text.slice(c.start, c.end))) {
    actor = fromAgent; via = 'passive';
  }
  if (!actor && c.pos === 'noun') {
    const between = governedAfter(text, c.end, after, 'between', BETWEEN_AFTER);
    if (between && between.ids.length > 1) { actor = withGroup(between, between.ids, between.prep, true); via = 'between'; }
    else {
      const mod = before[before.length - 1];
      // "Russia sanctions" names the target; "U.S. sanctions", "EU sanctions", "American sanctions" the imposer.
      const targetModifier = c.object?.def.kind === 'Sanction' && mod?.via === 'name' && mod.kind === 'State';
      if (mod && MODIFIER_GAP.test(text.slice(mod.end, c.start)) && mod.prep !== 'by') {
        // "a Ukraine ceasefire", "the Gaza truce": one place named before a truce is where the war is, not a side to it.
        const warPlace = c.object?.def.subtype === 'ceasefire' && mod.ids.length === 1 && mod.via === 'name' && !mod.possessive;
        // "his Oval Office meeting", "a White House summit": a seat of government before a meeting is its venue.
        // "the Washington agreement", "the Minsk accords": a capital before a deal names where it was made.
        const venue = mod.ids.length === 1 && !mod.possessive && ((c.object?.def.kind === 'Talks' && (mod.via === 'capital' || mod.via === 'metonym'))
          || (c.object?.def.kind === 'Agreement' && (mod.via === 'capital' || mod.via === 'metonym')));
        if (venue || warPlace) venueGroup = mod;
        if (targetModifier) namedTarget = mod; else if (!warPlace && !venue) { actor = mod; via = 'modifier'; }
      }
    }
  }
  if (c.pos === 'offence') {
    // "citing Iran's violations", "the U.S. sale violates ...", Lin said: the party named is accused.
    const accused = before[before.length - 1] ?? after.find((g) => g !== speaker);
    if (!accused) return null;
    const who = (speaker && speaker !== accused ? speaker : null)
      ?? groups.find((g) => !g.prep && g.end <= accused.start && g !== accused) ?? ctx.previous;
    if (!who || who.ids.some((id) => accused.ids.includes(id))) return null;
    return { actor: who, via: 'speaker', targets: accused.ids, counterpart: accused.ids, modifierTarget: false, speaker: null };
  }
  if (c.pos === 'agent-after') {
    // "at the request of the Saudi crown prince": the party after asks; the subject is asked.
    const asked = before.filter((g) => !g.prep).pop() ?? ctx.previous;
    if (!after.length || !asked) return null;
    // "at the request of his Saudi host, Crown Prince Mohammed bin Salman, and Turkish President Erdogan": all ask.
    const agent = withGroup(after[0], [...new Set(after.flatMap((g) => g.ids))], after[0].prep, after.length > 1 || after[0].ids.length > 1);
    return { actor: agent, via: 'passive', targets: asked.ids, counterpart: asked.ids, modifierTarget: false, speaker: null };
  }
  if (!actor && c.pos === 'modal') {
    // "Iran must agree to a deal", Trump said: the speaker demands, the subject is the target.
    const subject = before.filter((g) => !g.prep).pop();
    const who = speaker && speaker !== subject ? speaker : ctx.previous;
    if (!who || !subject || who.ids.some((id) => subject.ids.includes(id))) return null;
    return { actor: who, via: 'speaker', targets: subject.ids, counterpart: subject.ids, modifierTarget: false, speaker: null };
  }
  // An agentless passive ("the amendments were rejected", "vessels are banned") names no actor.
  if (!actor && c.pos === 'verb' && endsInEd(text, c.start, c.end)) {
    const from = Math.max(0, c.start - 30);
    if (PASSIVE_ENDINGS.has(endingBefore(text, from, c.start, false)) && AGENTLESS_PASSIVE.test(text.slice(from, c.start))) return null;
  }
  if (!actor) {
    for (let i = before.length - 1; i >= 0; i--) {
      // "Ten members of the Council, including Russia, the US and China, voted": the listed parties act.
      const g0 = before[i];
      const listed = g0.prep === 'including' && INCLUDING_BEFORE.test(text.slice(0, g0.start))
        && LIST_END_GAP.test(text.slice(g0.end, c.start)) ? g0 : null;
      if (listed) { actor = withGroup(listed, listed.ids, null, true); break; }
      const g = before[i];
      if ((g === speaker && i > 0) || g === namedTarget || g === venueGroup) continue;
      // "visiting Pristina": an object, not a subject; but "persuading Trump to lift": Trump lifts.
      if (ctx.objectEnds.some((e) => e < g.start && isSpaceCode(text.charCodeAt(e)) && OBJECT_GAP.test(text.slice(e, g.start))) && !TO_GAP.test(text.slice(g.end, c.start))) continue;
      // A possessor acts only through a noun ("Russia's proposal"), not as a verb's subject ("Putin's refusal ..., Treasury is sanctioning").
      if (!g.prep && (!g.possessive || c.pos === 'noun')) { actor = g; break; }
    }
  }
  if (!actor && !bare && speaker && speaker.start >= c.end) { actor = speaker; via = 'speaker'; }
  if (!actor && ctx.prior && (!bare || !before.some((g) => !g.prep))) { actor = ctx.prior; via = 'subject'; }
  // A pronoun just before the trigger (read only when nothing else gave the actor).
  const pronoun = actor ? undefined : PRONOUN_BEFORE.exec(text.slice(cs, c.start))?.[1].toLowerCase();
  if (!actor && pronoun) {
    const plural = pronoun === 'they' || pronoun === 'their' || pronoun === 'we';
    const g = plural ? ctx.plural ?? ctx.previous : ctx.previous;
    if (g) { actor = g; via = 'pronoun'; }
  }
  // "A second meeting is scheduled for Saturday": the round continues the talks of the parties last seen together.
  if (!actor && bare && c.object?.def.kind === 'Talks' && ctx.plural && ROUND_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) && !before.some((g) => !g.prep)) { actor = ctx.plural; via = 'pronoun'; }
  if (!actor && !bare && ctx.previous && PRONOUN_SPEAKER.test(text.slice(c.end))) { actor = ctx.previous; via = 'pronoun'; }
  // A nominal act ("has seen the release of hostages") names no doer: the last sentence's subject is no better guess.
  if (!actor && !bare && ctx.previous && !DETERMINER_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))) { actor = ctx.previous; via = 'previous'; }
  if (!actor) return null;

  const targets: string[] = [];
  let counterpart: string[] | null = passiveSubject.length ? passiveSubject.flatMap((g) => g.ids) : null;
  for (const g of passiveSubject) targets.push(...g.ids);
  if (namedTarget) { targets.push(...namedTarget.ids); counterpart ??= namedTarget.ids; }
  for (const g of after) {
    if (g === actor || g === speaker || g.locative) continue;
    if (g.start >= ctx.stopAt) break;
    if (!(g.via === 'capital' && (g.prep === 'in' || g.prep === 'at'))) counterpart ??= g.ids;
    targets.push(...g.ids);
  }
  return { actor, via, targets: unique(targets), counterpart: counterpart ?? [], modifierTarget: !!namedTarget, speaker: speaker && speaker !== actor ? speaker : null };
}
