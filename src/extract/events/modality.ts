/**
 * The modality of an event from the cues around its trigger (../lexicon/modality.json):
 * negators and auxiliaries just before it, conditions and outcomes in the rest of its
 * clause. Precedence: negated > conditional > hypothetical > planned > asserted.
 */
import type { EventType, Modality } from '../../domain/graph.ts';
import { MODALITY_CUES } from './lexicon.ts';

/** Types whose act is a stance taken now even when what it is about lies ahead. */
const STANCE: ReadonlySet<EventType> = new Set(['PROPOSES', 'DEMANDS', 'ACCUSES', 'REJECTS']);
const CONDITION_RE = /\b(?:if|unless|until|should|provided that|as long as|in exchange for|in return for)\b[^;]*/i;

export interface ModalityReading {
  modality: Modality;
  condition: string | null;
  /** The trigger lies inside the condition of another act ("sanctions if Moscow fails to agree"). */
  inCondition?: boolean;
}
const IF_BEFORE = /\b(?:if|unless)\b(?!.*\b(?:if|unless)\b)(.*)$/i;

/**
 * `before` is the clause text up to the trigger, `after` the clause text after it;
 * `future` whether the clause names a day after publication; `rest` the whole clause after the
 * trigger, from which the condition is quoted.
 */
export function modalityOf(type: EventType, pos: string, lead: string, after: string, future: boolean, rest = after): ModalityReading {
  // Cues before the trigger are at most a few words away: test the last 90 characters only.
  const before = lead.length > 90 ? lead.slice(lead.length - 90) : lead;
  // The condition itself ("... if Moscow fails to agree") is no event of its own.
  const cond = IF_BEFORE.exec(before);
  if (cond && !/[,;“”"]/.test(cond[1])) return { modality: 'conditional', condition: null, inCondition: true };
  if (MODALITY_CUES[1][1].before?.test(before)) return { modality: 'conditional', condition: (CONDITION_RE.exec(before)?.[0] ?? '').trim() || null };
  for (let k = 0; k < MODALITY_CUES.length; k++) {
    const [modality, cues] = MODALITY_CUES[k];
    const useAfter = modality === 'planned' ? pos === 'noun' && !STANCE.has(type) : modality === 'negated' ? pos === 'noun' || type === 'AGREED' || type === 'MEETS' : true;
    // k === 1's `before` is the expression tested just above, on the same text: it did not match.
    if ((k !== 1 && cues.before?.test(before)) || (useAfter && cues.after?.test(after))) {
      if (modality === 'planned' && STANCE.has(type) && !/\b(?:will|'ll|shall|plans? to|planning to|going to|set to|expected to)\W+(?:[\w'’-]+\W+){0,2}$/i.test(before)) continue;
      const condition = modality === 'conditional' ? (CONDITION_RE.exec(rest) ?? CONDITION_RE.exec(before))?.[0].trim() ?? null : null;
      return { modality, condition };
    }
  }
  if (future && !STANCE.has(type) && type !== 'WARNS') return { modality: 'planned', condition: null };
  return { modality: 'asserted', condition: null };
}
