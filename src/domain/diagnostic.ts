/**
 * A problem in the input, reported as data: where it is and why. Loaders and
 * extraction produce these instead of throwing; the CLI prints and counts them.
 */
export type Severity = 'error' | 'warning';

export type DiagnosticReason =
  | 'invalid-json'
  | 'invalid-csv'
  | 'invalid-html'
  | 'missing-text'
  | 'binary-content'
  | 'invalid-utf8'
  | 'too-large'
  | 'bad-date'
  | 'bad-url'
  | 'duplicate-id'
  | 'unreadable-file'
  | 'truncated-file'
  | 'unsupported-format'
  | 'not-an-object'
  | 'extract-failed';

export interface Diagnostic {
  severity: Severity;
  reason: DiagnosticReason;
  /** Human-readable explanation, one line. */
  message: string;
  file: string;
  /** 1-based line number, where the format has lines. */
  line?: number;
  /** 1-based record number within the file. */
  record?: number;
}
