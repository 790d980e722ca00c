/**
 * Lines that pages and crawlers leave around an article but that are not part of it:
 * "Source link", "Read more", share and subscribe prompts, "Advertisement". Only whole
 * lines at the end of the body (and ad markers anywhere) are removed, so a sentence
 * that happens to contain these words is kept.
 */

const TRAILING = [
  /^source(?: link)?:?$/i,
  /^(?:read|see) (?:more|the full (?:story|article))(?:\s*(?::|here|at|on|»|›|>).{0,100})?$/i,
  /^(?:click|tap) here\b.*$/i,
  /^(?:share|print|email|tweet)(?: (?:this|the) (?:article|story|page))?(?: on \w+)?$/i,
  /^(?:share|follow us)(?: on| via)?(?: (?:facebook|twitter|x|whatsapp|linkedin|telegram|instagram|email)[,]?(?: and| or)?)+\.?$/i,
  /^(?:subscribe|sign up)\b.{0,80}$/i,
  /^(?:related|more|also read|recommended)(?: (?:articles?|stories|news|coverage))?:?$/i,
  /^(?:advertisement|sponsored(?: content)?|ad)$/i,
  /^(?:©|\(c\)|copyright)\s.{0,120}$/i,
  /^all rights reserved\.?$/i,
  /^(?:tags?|topics?):.{0,200}$/i,
  /^\(?(?:reporting|writing|editing|additional reporting) by\b.{0,200}$/i,
];

const AD_MARKER = /^(?:advertisement|sponsored content|scroll to continue(?: with content)?)\n/gim;
/** How an ad marker starts, tried at one position (sticky). */
const AD_MARKER_START = /advertisement|sponsored content|scroll to continue/iy;
const MAX_BOILERPLATE = 240;

/**
 * False only when AD_MARKER cannot match: no line starts with the start of a marker.
 * Trying the sticky regex at each line start costs a fraction of scanning the whole
 * text with a case-insensitive one (the loader's busiest regex before). Lines break at
 * `\n` only in normalised text; where another break the regex knows is left, it is
 * left to the regex.
 */
function mayHoldAdMarker(s: string): boolean {
  if (s.includes('\r') || s.includes('\u2028') || s.includes('\u2029')) return true;
  for (let i = 0; ;) {
    AD_MARKER_START.lastIndex = i;
    if (AD_MARKER_START.test(s)) return true;
    const nl = s.indexOf('\n', i);
    if (nl < 0) return false;
    i = nl + 1;
  }
}

/** True when a whole line is trailing boilerplate. */
export const isTrailingBoilerplate = (line: string): boolean => line.length <= MAX_BOILERPLATE && TRAILING.some((re) => re.test(line));

/**
 * Removes boilerplate from a normalised text (lines trimmed, no white space at either
 * end): ad-marker lines anywhere, then boilerplate and blank lines at the end.
 */
export function stripBoilerplate(text: string): string {
  let s = text;
  if (mayHoldAdMarker(s)) s = `${s}\n`.replace(AD_MARKER, '').trimEnd();
  for (;;) {
    const cut = s.lastIndexOf('\n');
    const last = s.slice(cut + 1);
    if (!isTrailingBoilerplate(last)) return s;
    s = s.slice(0, Math.max(cut, 0)).trimEnd();
    if (cut < 0) return '';
  }
}
