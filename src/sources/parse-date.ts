/**
 * Publication dates as dumps write them → `YYYY-MM-DD`. The date is the one written
 * (a timestamp's local calendar day, not shifted to UTC); epoch numbers are read as UTC.
 * Anything that does not fix year, month and day is not a date: the caller reports it
 * and keeps null, never a guess.
 */
import { createRequire } from 'node:module';

type Chrono = typeof import('chrono-node/en');
let chrono: Chrono | null = null;
/** chrono-node takes a fifth of a second to load: only the rare dates the rules below miss need it. */
const loadChrono = (): Chrono => (chrono ??= createRequire(import.meta.url)('chrono-node/en') as Chrono);

export type DateResult = { date: string | null; ok: boolean };

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Formats a calendar date, or returns null when it does not exist (2025-02-30) or is out of range. */
function ymd(year: number, month: number, day: number): string | null {
  if (!(year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1)) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromEpoch(n: number): string | null {
  const ms = n >= 1e11 ? n : n * 1000; // 13 digits: milliseconds; 9–10: seconds
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const month = (name: string): number | undefined => MONTHS[name.slice(0, 4).toLowerCase().replace(/\.$/, '')] ?? MONTHS[name.slice(0, 3).toLowerCase()];

type Rule = [RegExp, (m: RegExpExecArray) => string | null];

const RULES: Rule[] = [
  // 2025-07-14, 2025-07-14T10:00:00Z, 2025/07/14, 2025.07.14
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/, (m) => ymd(+m[1], +m[2], +m[3])],
  // GDELT-style 20250714 or 20250714103000
  [/^(\d{4})(\d{2})(\d{2})(?:\d{4}(?:\d{2})?)?$/, (m) => ymd(+m[1], +m[2], +m[3])],
  // July 14, 2025 · Jul. 14 2025 · Monday, July 14, 2025 10:00 AM
  [/^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i, (m) => (month(m[1]) ? ymd(+m[3], month(m[1])!, +m[2]) : null)],
  // 14 July 2025 · Mon, 14 Jul 2025 10:00:00 +0000 (RFC 2822) · 14-Jul-2025
  [/^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4})\b/i, (m) => (month(m[2]) ? ymd(+m[3], month(m[2])!, +m[1]) : null)],
  // 14/07/2025 or 07/14/2025: only when the day is unambiguous (> 12) or both agree
  [/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/, (m) => {
    const a = +m[1], b = +m[2];
    if (a > 12 && b <= 12) return ymd(+m[3], b, a);
    if (b > 12 && a <= 12) return ymd(+m[3], a, b);
    return a === b ? ymd(+m[3], a, b) : null;
  }],
];

/**
 * Reads a publication date. `ok` is false when a value was given but is not a full date;
 * an absent value (null, undefined, empty) is `{date: null, ok: true}`.
 */
export function parseDate(value: unknown): DateResult {
  if (value === null || value === undefined) return { date: null, ok: true };
  if (typeof value === 'number') {
    const date = Number.isFinite(value) && value > 1e8 ? fromEpoch(value) : null;
    return { date, ok: date !== null };
  }
  if (typeof value === 'object' && value !== null && '$date' in value) return parseDate((value as { $date: unknown }).$date);
  if (typeof value !== 'string') return { date: null, ok: false };
  const s = value.trim();
  if (s === '') return { date: null, ok: true };
  if (/^\d{9,10}(?:\.\d+)?$|^\d{13}$/.test(s)) return parseDate(Number(s));
  for (const [re, make] of RULES) {
    const m = re.exec(s);
    if (m) {
      const date = make(m);
      return { date, ok: date !== null };
    }
  }
  return fromChrono(s);
}

/** Last resort for the rarer spellings; accepted only when chrono read year, month and day from the text. */
function fromChrono(s: string): DateResult {
  const [hit] = loadChrono().parse(s, { instant: new Date(Date.UTC(2000, 0, 1)) }, { forwardDate: false });
  const c = hit?.start;
  // "yesterday" is certain to chrono, but only relative to a reference we do not have.
  if (!c || !/\b\d{4}\b/.test(hit.text) || !c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return { date: null, ok: false };
  const date = ymd(c.get('year')!, c.get('month')!, c.get('day')!);
  return { date, ok: date !== null };
}
