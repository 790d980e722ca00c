import { describe, expect, it } from 'vitest';
import type { EventType } from '../../../src/domain/graph.ts';
import { MODALITY_CUES } from '../../../src/extract/events/lexicon.ts';
import { modalityOf } from '../../../src/extract/events/modality.ts';

/** modalityOf as first written: every expression tested, in order of precedence. */
function reference(type: EventType, pos: string, lead: string, after: string, future: boolean, rest = after) {
  const STANCE = new Set(['PROPOSES', 'DEMANDS', 'ACCUSES', 'REJECTS']);
  const CONDITION_RE = /\b(?:if|unless|until|should|provided that|as long as|in exchange for|in return for)\b[^;]*/i;
  const before = lead.length > 90 ? lead.slice(lead.length - 90) : lead;
  const cond = /\b(?:if|unless)\b(?!.*\b(?:if|unless)\b)(.*)$/i.exec(before);
  if (cond && !/[,;“”"]/.test(cond[1])) return { modality: 'conditional', condition: null, inCondition: true };
  if (MODALITY_CUES[1][1].before?.test(before)) return { modality: 'conditional', condition: (CONDITION_RE.exec(before)?.[0] ?? '').trim() || null };
  for (const [modality, cues] of MODALITY_CUES) {
    const useAfter = modality === 'planned' ? pos === 'noun' && !STANCE.has(type) : modality === 'negated' ? pos === 'noun' || type === 'AGREED' || type === 'MEETS' : true;
    if (cues.before?.test(before) || (useAfter && cues.after?.test(after))) {
      if (modality === 'planned' && STANCE.has(type) && !/\b(?:will|'ll|shall|plans? to|planning to|going to|set to|expected to)\W+(?:[\w'’-]+\W+){0,2}$/i.test(before)) continue;
      const condition = modality === 'conditional' ? (CONDITION_RE.exec(rest) ?? CONDITION_RE.exec(before))?.[0].trim() ?? null : null;
      return { modality, condition };
    }
  }
  if (future && !STANCE.has(type) && type !== 'WARNS') return { modality: 'planned', condition: null };
  return { modality: 'asserted', condition: null };
}

/** A small deterministic generator (failures must replay). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}
const WORDS = ['not', 'NOT', "didn't", 'no', 'never', 'did', 'failed', 'to', 'if', 'If', 'unless', 'should', 'Russia', 'in', 'case', 'as', 'long',
  'will', "'ll", "we'll", 'plans', 'is', 'set', 'due', 'may', 'could', 'likely', 'was', 'were', 'cancelled', 'called', 'off', 'collapsed', 'next',
  'week', 'tomorrow', 'later', 'this', 'month', 'coming', 'days', 'talks', 'sanctions', 'the', 'exchange', 'for', 'return', 'until', 'Kyiv', 'ends',
  'otherwise', 'event', 'be', 'held', 'take', 'place', 'fail', 'has', 'been', 'whether', 'any', 'agreed', 'upcoming'];
const SEPS = [' ', ' ', ' ', '  ', ', ', '-', "'", '’', '\n', '; ', ' "', '" ', ' – ', '.', ''];
const TYPES: EventType[] = ['MEETS', 'AGREED', 'PROPOSES', 'WARNS', 'IMPOSES'];
function text(r: () => number, max: number): string {
  let s = '';
  const n = Math.floor(r() * max);
  for (let i = 0; i < n; i++) s += WORDS[Math.floor(r() * WORDS.length)] + SEPS[Math.floor(r() * SEPS.length)];
  return s;
}

describe('modalityOf', () => {
  it('reads as every cue expression tested in turn would (no repeated test changes the answer)', () => {
    const r = rng(7);
    const seen = new Set<string>();
    for (let i = 0; i < 40_000; i++) {
      const type = TYPES[Math.floor(r() * TYPES.length)], pos = r() < 0.5 ? 'noun' : 'verb';
      const lead = text(r, 18), after = text(r, 10), rest = after + text(r, 4), future = r() < 0.2;
      const got = modalityOf(type, pos, lead, after, future, rest);
      expect(got, JSON.stringify([type, pos, lead, after, future, rest])).toEqual(reference(type, pos, lead, after, future, rest));
      seen.add(got.modality + (got.inCondition ? '/in' : ''));
    }
    expect([...seen].sort()).toEqual(['asserted', 'conditional', 'conditional/in', 'hypothetical', 'negated', 'planned']);
  });

  it('reads the usual cues', () => {
    expect(modalityOf('MEETS', 'verb', 'Putin will', ' Trump', false).modality).toBe('planned');
    expect(modalityOf('MEETS', 'verb', 'Putin did not', ' Trump', false).modality).toBe('negated');
    expect(modalityOf('MEETS', 'noun', 'The', ' were cancelled', false).modality).toBe('negated');
    expect(modalityOf('IMPOSES', 'verb', 'The US could', ' sanctions', false).modality).toBe('hypothetical');
    expect(modalityOf('IMPOSES', 'verb', 'The US', ' sanctions if Moscow fails to agree', false)).toEqual({ modality: 'conditional', condition: 'if Moscow fails to agree' });
    expect(modalityOf('AGREED', 'verb', 'sanctions if Moscow fails to', ' a deal', false).inCondition).toBe(true);
    expect(modalityOf('MEETS', 'verb', 'Putin met', ' Trump', false).modality).toBe('asserted');
  });
});
