/**
 * The naive baseline's trigger verbs: a list of verbs per event type, with their
 * inflections spelled out by a suffix rule. A trigger fires wherever one of its forms
 * appears, whatever the grammar around it.
 */
import type { EventType } from '../../src/domain/graph.ts';

const VERBS: Record<EventType, string[]> = {
  PROPOSES: ['propose', 'offer', 'suggest', 'call for', 'invite'],
  WARNS: ['warn', 'threaten'],
  AGREED: ['agree', 'sign', 'conclude', 'reach'],
  MEETS: ['meet', 'met', 'host', 'negotiate', 'hold talks', 'held talks'],
  IMPOSES: ['impose', 'expel', 'sanction', 'recall', 'suspend'],
  EASES: ['ease', 'lift', 'release', 'withdraw'],
  DEMANDS: ['demand', 'insist', 'urge'],
  REJECTS: ['reject', 'refuse', 'dismiss'],
  AIDS: ['aid', 'provide', 'send', 'pledge', 'deliver'],
  ACCUSES: ['accuse', 'condemn', 'blame', 'criticise', 'criticize'],
};

/** CAMEO root codes of each type (../shared/contracts/extraction.md). */
export const CAMEO: Record<EventType, string> = {
  PROPOSES: '03', WARNS: '13', AGREED: '08', MEETS: '04', IMPOSES: '16',
  EASES: '08', DEMANDS: '10', REJECTS: '12', AIDS: '07', ACCUSES: '11',
};

/** "propose" → propose, proposes, proposed, proposing; "call for" inflects its first word. */
function inflect(verb: string): string[] {
  const [head, ...rest] = verb.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const stem = head.endsWith('e') ? head.slice(0, -1) : head;
  const forms = [head, `${head}s`, `${stem}ed`, `${stem}ing`];
  return [...new Set(forms)].map((f) => f + tail);
}

export interface Trigger { type: EventType; form: string; start: number; end: number }

const FORM_TYPE = new Map<string, EventType>();
for (const [type, verbs] of Object.entries(VERBS) as [EventType, string[]][]) {
  for (const v of verbs) for (const f of inflect(v)) FORM_TYPE.set(f, type);
}
const PATTERN = new RegExp(`\\b(?:${[...FORM_TYPE.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'giu');

/** Every trigger form in `text` (case-insensitive), with its offsets. */
export function findTriggers(text: string): Trigger[] {
  const out: Trigger[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const type = FORM_TYPE.get(m[0].toLowerCase());
    if (type) out.push({ type, form: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
