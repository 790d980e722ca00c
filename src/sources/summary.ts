/**
 * The counts a load ends with: records read, accepted, rejected (by reason), duplicates,
 * warnings (by reason), files. Updated item by item as the stream is read.
 */
import type { DiagnosticReason } from '../domain/diagnostic.ts';
import type { SourceItem } from './types.ts';

export interface LoadSummary {
  /** Inputs: the files found under the paths given and standard input, readable or not. */
  files: number;
  /** The inputs that could not be read at all (a missing path, no permission), in reading order. */
  unreadable: string[];
  /** Records seen: accepted + rejected. A damaged or unreadable file counts as one rejected record. */
  read: number;
  accepted: number;
  rejected: number;
  rejectedBy: Partial<Record<DiagnosticReason, number>>;
  /** Rejected as duplicate-id (included in `rejected`). */
  duplicates: number;
  /** Warnings about articles that were kept (bad-date, bad-url) and skipped files. */
  warnings: number;
  warningsBy: Partial<Record<DiagnosticReason, number>>;
}

/** An empty summary. */
export function createSummary(): LoadSummary {
  return { files: 0, unreadable: [], read: 0, accepted: 0, rejected: 0, rejectedBy: {}, duplicates: 0, warnings: 0, warningsBy: {} };
}

/** Counts one item of the stream into `summary`. */
export function countItem(summary: LoadSummary, item: SourceItem): void {
  if (item.kind === 'file') summary.files++;
  else if (item.kind === 'article') {
    summary.read++;
    summary.accepted++;
  } else if (item.diagnostic.severity === 'warning') {
    summary.warnings++;
    summary.warningsBy[item.diagnostic.reason] = (summary.warningsBy[item.diagnostic.reason] ?? 0) + 1;
  } else {
    summary.read++;
    summary.rejected++;
    summary.rejectedBy[item.diagnostic.reason] = (summary.rejectedBy[item.diagnostic.reason] ?? 0) + 1;
    if (item.diagnostic.reason === 'duplicate-id') summary.duplicates++;
    if (item.diagnostic.reason === 'unreadable-file') summary.unreadable.push(item.diagnostic.file);
  }
}

const byReason = (counts: Partial<Record<string, number>>): string =>
  Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, n]) => `${r} ${n}`).join(', ');

/** Names the unreadable inputs: all of them up to 3, else the first 3 and how many more. */
function unreadableList(paths: readonly string[]): string {
  const named = paths.slice(0, 3).join(', ');
  return paths.length > 3 ? `${named} and ${paths.length - 3} more` : named;
}

/**
 * One line: "read 12 records from 3 inputs (1 unreadable: dumps/gone.jsonl): 9 accepted,
 * 3 rejected (invalid-json 2, unreadable-file 1), 1 warning (bad-date 1)".
 */
export function formatSummary(s: LoadSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let line = `read ${plural(s.read, 'record')} from ${plural(s.files, 'input')}`;
  if (s.unreadable.length) line += ` (${s.unreadable.length} unreadable: ${unreadableList(s.unreadable)})`;
  line += `: ${s.accepted} accepted, ${s.rejected} rejected`;
  if (s.rejected) line += ` (${byReason(s.rejectedBy)})`;
  line += `, ${plural(s.warnings, 'warning')}`;
  if (s.warnings) line += ` (${byReason(s.warningsBy)})`;
  return line;
}
