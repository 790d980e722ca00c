/**
 * What `parley seed` shows while it runs: a progress bar on a terminal (articles/s,
 * accepted, rejected, written, elapsed, and percentage and ETA when the input's size
 * is known), plain lines every few seconds otherwise (logs, CI). Always on stderr.
 */
import cliProgress from 'cli-progress';

export interface SeedTally {
  /** Records read (accepted + rejected). */
  read: number;
  accepted: number;
  rejected: number;
  /** Articles written to the graph so far. */
  written: number;
  /** Articles already in the graph, passed over. */
  skipped: number;
}

export interface Progress {
  /** `done` and `total` in the unit of the known input size (bytes), when it is known. */
  update(tally: SeedTally, size?: { done: number; total: number }): void;
  stop(): void;
}

export type ProgressMode = 'auto' | 'bar' | 'lines' | 'none';

const rate = (n: number, ms: number): string => (ms > 0 ? Math.round((n * 1000) / ms).toString() : '0');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

/** Creates the progress display for `mode` (`auto`: a bar when `stream` is a terminal). */
export function createProgress(mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr, everyMs = 5000): Progress {
  const chosen = mode === 'auto' ? (stream.isTTY ? 'bar' : 'lines') : mode;
  if (chosen === 'none') return { update() {}, stop() {} };
  return chosen === 'bar' ? barProgress(stream) : lineProgress(stream, everyMs);
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  const started = Date.now();
  let eta = ''; // the last estimate, kept between redraws that have none
  const bar = new cliProgress.SingleBar({
    stream,
    hideCursor: true,
    etaBuffer: 50,
    fps: 5,
    format: (options, params, payload: Record<string, string>) => {
      const known = params.total > 0;
      const head = known ? `seed ${cliProgress.Format.BarFormat(params.progress, options)} ${Math.floor(params.progress * 100)}% | ` : 'seed | ';
      if (known && params.eta > 0 && Number.isFinite(params.eta)) eta = ` | ETA ${cliProgress.Format.TimeFormat(params.eta, options, 1)}`;
      return `${head}${payload.line}${known ? eta : ''}`;
    },
  }, cliProgress.Presets.shades_classic);
  bar.start(0, 0, { line: '' });
  return {
    update(t, size) {
      const ms = Date.now() - started;
      if (size && size.total > 0) bar.setTotal(size.total);
      bar.update(size?.done ?? 0, {
        line: `${t.read} read (${rate(t.read, ms)}/s) | ${t.accepted} accepted, ${t.rejected} rejected | ${t.written} written, ${t.skipped} already there | ${seconds(ms)}`,
      });
    },
    stop() {
      bar.stop();
    },
  };
}

function lineProgress(stream: NodeJS.WriteStream, everyMs: number): Progress {
  const started = Date.now();
  let last = started;
  return {
    update(t, size) {
      const now = Date.now();
      if (now - last < everyMs) return;
      last = now;
      const ms = now - started;
      const pct = size && size.total > 0 ? ` (${Math.floor((size.done / size.total) * 100)}%)` : '';
      stream.write(`seed: ${t.read} read${pct}, ${rate(t.read, ms)}/s, ${t.accepted} accepted, ${t.rejected} rejected, ${t.written} written, ${t.skipped} already there, ${seconds(ms)}\n`);
    },
    stop() {},
  };
}
