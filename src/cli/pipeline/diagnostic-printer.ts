/**
 * Prints diagnostics to stderr, one line each (`file:line: reason: message`), at most
 * `perKind` of the same reason in the same file, then one line saying how many more
 * there were, so that a file of a million bad lines does not bury the summary.
 */
import type { Diagnostic } from '../../domain/diagnostic.ts';
import { formatDiagnostic } from '../../sources/index.ts';

export interface DiagnosticPrinter {
  print(d: Diagnostic): void;
  /** Prints the "… and N more" lines for what was held back. */
  flush(): void;
}

/** A printer writing through `write` (one line, without newline). */
export function createDiagnosticPrinter(write: (line: string) => void, perKind = 20): DiagnosticPrinter {
  const seen = new Map<string, number>();
  return {
    print(d) {
      const key = `${d.file}\u0000${d.reason}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (n <= perKind) write(formatDiagnostic(d));
    },
    flush() {
      for (const [key, n] of seen) {
        if (n <= perKind) continue;
        const [file, reason] = key.split('\u0000');
        write(`${file}: ${reason}: … and ${n - perKind} more (all of them are in the rejects file, see --rejects)`);
      }
    },
  };
}
