/**
 * The dateline that opens a body ("KYIV, July 14 (Reuters) -", "New Delhi:",
 * "ISTANBUL, May 16 —", "WASHINGTON (AP) —", "MOSCOW, October 14. /TASS/."): its end
 * offset, or 0 when there is none. Names inside it are not mentions (ANNOTATION.md).
 */
const WORDS = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s(?:of\\s|the\\s)?[\\p{Lu}][\\p{L}.'’-]*){0,4}";
const DATE = '(?:[\\p{Lu}][\\p{L}]+\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[\\p{Lu}][\\p{L}]+)(?:,?\\s*\\d{4})?';
const DATELINE = new RegExp(
  `^\\s*(?!The\\s)${WORDS}(?:,\\s*${WORDS})?(?:,?\\s*${DATE})?` +
  '(?:\\s*\\([^)\\n]{1,30}\\)\\s*(?:[-–—:]|--)|\\.?\\s*/[^/\\n]{1,30}/\\.?|\\s*(?:[-–—:]|--))\\s+', 'u');
const MARKED = /^\s*[\p{Lu}]{3,}|:\s+$|[(/]|\d/u;

/**
 * The dateline at the start of one of the first paragraphs (a dump may keep the headline
 * above it): its [start, end) offsets in the body, or null.
 */
export function findDateline(body: string, paragraphs = 3): [number, number] | null {
  let at = 0;
  for (let p = 0; p < paragraphs && at < body.length; p++) {
    while (body[at] === '\n') at++;
    const nl = body.indexOf('\n', at);
    const line = body.slice(at, nl < 0 ? body.length : nl);
    // A dateline opens prose, not a headline ("Russia-Ukraine War: Putin Open To Talks | World News").
    const prose = line.length >= 120 || /[.!?"”’]\s*$/.test(line);
    const end = prose ? datelineEnd(line.slice(0, 120)) : 0;
    if (end) return [at, at + end];
    if (nl < 0) break;
    at = nl + 1;
  }
  return null;
}

const SEPARATOR = /[-–—:/)]/;

export function datelineEnd(body: string): number {
  const head = body.slice(0, 120);
  if (!/^\s*\p{Lu}/u.test(head) || !SEPARATOR.test(head)) return 0;
  const m = DATELINE.exec(head);
  if (!m) return 0;
  // A real dateline shows it: a place in capitals, a colon, an agency, or a date.
  return MARKED.test(m[0]) ? m[0].length : 0;
}
