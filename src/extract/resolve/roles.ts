/**
 * The entity an office belongs to, read from the noun phrase around it: a state or
 * organisation just before the title ("Kremlin spokesperson", "Ukraine's foreign minister",
 * "NATO Secretary General", "U.S. Secretary of State"), after it ("foreign minister of
 * Iran"), or a person's possessive ("Putin's aide" → that person's state).
 */
import type { LexSpan, OfficeSpan } from '../mentions/find-lexical.ts';
import type { Token } from '../mentions/tokenize.ts';

const MODIFIERS = /^(?:the|top|senior|chief|deputy|special|acting|presidential|foreign|defence|defense|then|former|current|new|incumbent|first|interim|longtime|veteran|lead|powerful|de|facto|self-proclaimed|outgoing|incoming|caretaker|military|security|national|s)$/i;

/** The entity id (state or organisation) that qualifies `office`, or undefined. */
export function qualifierOf(office: OfficeSpan, toks: Token[], spans: LexSpan[],
  personStateAt: (sentence: number, tokenEnd: number) => string | undefined): string | undefined {
  let k = office.i - 1;
  while (k >= 0 && MODIFIERS.test(toks[k].text) && !spans.some((s) => s.j === k + 1)) k--;
  if (k >= 0) {
    const sp = spans.find((s) => s.j === k + 1);
    const t = sp?.targets.find((x) => x.kind === 'State' || x.kind === 'Organization');
    if (t && !t.contextual) return t.id;
    if (toks[k].possessive) return personStateAt(office.sentence, k + 1);
  }
  // "foreign minister of Iran", "secretary-general of the United Nations"
  const of = toks[office.j];
  if (of && of.text === 'of') {
    let m = office.j + 1;
    if (toks[m]?.text === 'the') m++;
    const sp = spans.find((s) => s.i === m);
    const t = sp?.targets.find((x) => x.kind === 'State' || x.kind === 'Organization');
    if (t) return t.id;
  }
  return undefined;
}
