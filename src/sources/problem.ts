/** Builds the problems that format readers report: a diagnostic at a position, with the raw record. */
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Position, ProblemFound, RawSample } from './types.ts';

/** A rejected record (severity error) at `at`. */
export function problem(at: Position | { file: string; line?: number; record?: number }, reason: Diagnostic['reason'], message: string, raw: RawSample | null = null): ProblemFound {
  const diagnostic: Diagnostic = { severity: 'error', reason, message, file: at.file };
  if (at.line !== undefined) diagnostic.line = at.line;
  if (at.record !== undefined) diagnostic.record = at.record;
  return { kind: 'problem', diagnostic, raw };
}

/** "5.0 MB", "812 KB", "12 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
