/**
 * Prints a ScoreReport the way ../shared/eval/score.mjs does, plus the per-type table
 * and, with `explain`, each missed and each spurious event with its sentence and rule.
 */
import type { Prf, ScoreReport } from './score.ts';

const row = (name: string, r: Prf): string =>
  `${name.padEnd(16)} P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;

export function formatReport(report: ScoreReport, options: { explain?: boolean } = {}): string {
  const lines: string[] = [];
  if (options.explain) {
    const articles = [...new Set([...report.missed.map((m) => m.article), ...report.spurious.map((s) => s.article)])];
    for (const a of articles) {
      lines.push(`article ${a}`);
      for (const m of report.missed.filter((x) => x.article === a)) {
        lines.push(`  missed   ${m.type} ${m.actor} -> ${m.targets.join(', ') || '(none)'} [${m.modality ?? '?'}]`);
        if (m.quote) lines.push(`           "${m.quote}"`);
      }
      for (const s of report.spurious.filter((x) => x.article === a)) {
        lines.push(`  spurious ${s.type} ${s.actor} -> ${s.targets.join(', ') || '(none)'} [${s.modality}] rule ${s.rule}`);
        lines.push(`           "${s.evidence}"`);
      }
    }
    lines.push('');
  }
  lines.push(`articles ${report.articles}, with no prediction ${report.missingArticles}`);
  lines.push(row('persons', report.persons), row('states', report.states), row('organizations', report.organizations));
  lines.push(row('events actor', report.eventsActor), row('events dyadic', report.eventsDyadic));
  for (const [k, v] of Object.entries(report.byType)) lines.push(row(`  ${k}`, v));
  lines.push(`modality accuracy on matched events: ${report.modalityAccuracy ?? 'n/a'}`);
  lines.push(row('events full', report.eventsFull));
  return lines.join('\n');
}
