/**
 * Errors that reach the user. Each carries a stable code; the CLI prints
 * `parley: <message> [<code>]` and exits with `exitCode`, never a stack trace
 * (unless `--debug`). Bugs are plain `Error`s and are reported as INTERNAL.
 */
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG'
  | 'INPUT'
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'MAVEN_FAILED'
  | 'PORT_IN_USE'
  | 'NEO4J_START_FAILED'
  | 'NEO4J_NOT_RUNNING'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_AUTH'
  | 'NEO4J_QUERY'
  | 'BAD_ARGUMENT'
  | 'INTERNAL';

export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  /** Extra lines shown under the message (for example the end of a log). */
  readonly details?: string;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: string; exitCode?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ParleyError';
    this.code = code;
    this.details = options.details;
    this.exitCode = options.exitCode ?? (code === 'USAGE' ? 2 : 1);
  }
}

export const isParleyError = (e: unknown): e is ParleyError => e instanceof ParleyError;
