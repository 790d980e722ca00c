/**
 * The date of an event, read from the words of its clause and resolved against the
 * article's publication date: "on Sunday", "yesterday", "next week", "May 12",
 * "12 May 2025", "within the next 50 days" (a deadline). Cheap rules, no parser.
 * A date that depends on an unknown publication date is null, never invented.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MON = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const MONTH_DAY = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON}(?:,?\\s+(\\d{4}))?\\b`, 'i');
const RELATIVE_WORD = '(today|yesterday|tomorrow|tonight|next week|last week|this week|next month|last month)';
const WEEKDAY_WORD = '(?:(next|last|this coming|this|on|coming)\\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
/**
 * A relative word (group 1) or a weekday (modifier and name, groups 2 and 3), whichever comes first:
 * one scan for two expressions, `\b${RELATIVE_WORD}\b` (RELATIVE) and `\b${WEEKDAY_WORD}\b` (WEEKDAY).
 * Its first match is the first match of RELATIVE when group 1 is set, else the first of WEEKDAY, with
 * RELATIVE not matching at or before its start (at each place the relative words are tried first).
 */
const DAY_WORD = new RegExp(`\\b(?:${RELATIVE_WORD}|${WEEKDAY_WORD})\\b`, 'i');
/** RELATIVE, searched from `lastIndex`: whether a relative word follows a weekday (it takes precedence). */
const RELATIVE_FROM = new RegExp(`\\b${RELATIVE_WORD}\\b`, 'gi');
const WITHIN = /\bwithin\s+(?:the\s+)?(?:next\s+)?(\d{1,3}|two|three|ten|thirty|fifty|sixty|ninety)\s*-?\s*(day|week|month)s?\b/i;
const NUMBERS: Record<string, number> = { two: 2, three: 3, ten: 10, thirty: 30, fifty: 50, sixty: 60, ninety: 90 };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parse = (s: string) => new Date(`${s}T00:00:00Z`);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const monthIndex = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3)));
/**
 * `parse(absolute(year, month, day)).getTime()` for a day that `absolute` accepts: `Date.UTC` for the
 * four-digit years (the same value, checked for every such year, month and day 1–31, rollover included),
 * the string parse otherwise (other years do not print as ISO dates; their parse is kept as it was).
 */
const dayTime = (year: number, month: number, day: number): number =>
  Number.isInteger(year) && year >= 1000 && year <= 9999 ? Date.UTC(year, month, day) : parse(absolute(year, month, day)!).getTime();

/** A date read from a clause: the day it names, if any, and a deadline ("within 50 days"). */
export interface ClauseDate {
  date: string | null;
  /** Whether the clause names a day at all (even when it cannot be resolved). */
  named: boolean;
  deadline: string | null;
  /** Whether the named day lies after publication ("next week", "tomorrow"). */
  future: boolean;
}

function absolute(year: number, month: number, day: number): string | null {
  if (month < 0 || day < 1 || day > 31) return null;
  return `${year}-${pad(month + 1)}-${pad(day)}`;
}

/** Words without which a clause names no day: with `\d`, what every date expression here needs. */
const DATE_WORDS = /day\b|week|month|tomorrow|tonight/i;

const DIGIT = /\d/;
/** Day offsets of the relative words (RELATIVE), lower-cased. */
const RELATIVE_DAYS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'next week': 7, 'last week': -7, 'this week': 0, 'next month': 30, 'last month': -30 };

/** The last publication date parsed (one article's clauses share it); the Date is never mutated. */
let lastPublished: string | null = null;
let lastPub: Date | null = null;
function pubDate(published: string | null): Date | null {
  if (!published) return null;
  if (published !== lastPublished) { lastPub = parse(published); lastPublished = published; }
  return lastPub;
}

/** What a clause says of its day, before it is resolved against a publication date. */
interface ClauseReading {
  /** A day and month (MONTH_DAY or DAY_MONTH): day, month and year groups 1–3 in their order. */
  dayMonth: RegExpExecArray | null;
  /** Else a relative word (RELATIVE), as written. */
  relative: string | null;
  /** Else a weekday (WEEKDAY), as written, and the word before it that moves it ("next"), if any. */
  weekday: string | null;
  modifier: string | undefined;
  within: RegExpExecArray | null;
}

/**
 * The expressions of a clause, in order of precedence; `null` when it holds neither a digit nor
 * DATE_WORDS (`\d|day\b|week|month|tomorrow|tonight`), which every one of them needs (WITHIN's "days"
 * excepted, kept as it was: no deadline then). Both day-and-month patterns need an ASCII digit (`\d`
 * without the u flag).
 */
function readClause(clause: string): ClauseReading | null {
  const digit = DIGIT.test(clause);
  if (!digit && !DATE_WORDS.test(clause)) return null;
  const r: ClauseReading = { dayMonth: null, relative: null, weekday: null, modifier: undefined, within: WITHIN.exec(clause) };
  let m: RegExpExecArray | null;
  if (digit && ((m = MONTH_DAY.exec(clause)) || (m = DAY_MONTH.exec(clause)))) r.dayMonth = m;
  else if ((m = DAY_WORD.exec(clause))) {
    if (m[1] !== undefined) r.relative = m[1];
    else {
      // A weekday came first: a relative word after it still takes precedence.
      RELATIVE_FROM.lastIndex = m.index + 1;
      const rel = RELATIVE_FROM.exec(clause);
      if (rel) r.relative = rel[1];
      else { r.weekday = m[3]; r.modifier = m[2]; }
    }
  }
  return r;
}

/** The reading of the clause last read: a planned event's clause is read again, leaning forward. */
let lastClause: string | null = null;
let lastReading: ClauseReading | null = null;

/** Reads the date of an event from its clause; `forward` leans "on Saturday" to the next one (planned events). */
export function clauseDate(clause: string, published: string | null, forward: boolean): ClauseDate {
  if (clause !== lastClause) { lastReading = readClause(clause); lastClause = clause; }
  const reading = lastReading;
  if (!reading) return { date: null, named: false, deadline: null, future: false };
  const pub = pubDate(published);
  let date: string | null = null, named = false, future = false;
  let m = reading.dayMonth;
  if (m) {
    const monthFirst = /^[a-z]/i.test(m[1]);
    const month = monthIndex(monthFirst ? m[1] : m[2]);
    const day = Number(monthFirst ? m[2] : m[1]);
    let year = m[3] ? Number(m[3]) : pub ? pub.getUTCFullYear() : null;
    named = true;
    if (year != null) date = absolute(year, month, day);
    // (`dayTime(year, …)` is the time of `date`; a Date compares by its time.)
    if (date && pub && !m[3] && dayTime(year!, month, day) - pub.getTime() > 200 * 86_400_000) date = absolute((year = year! - 1), month, day);
    if (date && pub) future = dayTime(year!, month, day) > pub.getTime();
  } else if (reading.relative !== null) {
    named = true;
    const w = reading.relative.toLowerCase();
    const off = RELATIVE_DAYS;
    future = off[w] > 0;
    if (pub && (w === 'today' || w === 'tonight' || w === 'yesterday' || w === 'tomorrow')) date = iso(addDays(pub, off[w]));
  } else if (reading.weekday !== null) {
    named = true;
    const mod = (reading.modifier ?? '').toLowerCase();
    const target = WEEKDAYS.indexOf(reading.weekday.toLowerCase());
    const ahead = mod === 'next' || mod.includes('coming') || (forward && mod !== 'last');
    future = ahead;
    if (pub) {
      const dow = pub.getUTCDay();
      const diff = ahead ? (target - dow + 7) % 7 || 7 : -((dow - target + 7) % 7);
      date = iso(addDays(pub, diff));
    }
  }
  let deadline: string | null = null;
  if ((m = reading.within)) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBERS[m[1].toLowerCase()];
    const unit = m[2].toLowerCase() === 'week' ? 7 : m[2].toLowerCase() === 'month' ? 30 : 1;
    const base = date ? parse(date) : named ? null : pub;
    if (base) deadline = iso(addDays(base, n * unit));
  }
  return { date, named, deadline, future };
}
