/** The one-line form of a diagnostic that the CLI prints: `file:line: reason: message` (or `file#record:`). */
import type { Diagnostic } from '../domain/diagnostic.ts';

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.file}:${d.line}` : d.record !== undefined ? `${d.file}#${d.record}` : d.file;
  return `${where}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.reason}: ${d.message}`;
}
