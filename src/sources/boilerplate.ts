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
const MAX_BOILERPLATE = 240;

/** True when a whole line is trailing boilerplate. */
export const isTrailingBoilerplate = (line: string): boolean => line.length <= MAX_BOILERPLATE && TRAILING.some((re) => re.test(line));

/**
 * Removes boilerplate from a normalised text (lines trimmed): ad-marker lines anywhere,
 * then boilerplate and blank lines at the end.
 */
export function stripBoilerplate(text: string): string {
  let s = text;
  if (/advertisement|sponsored|scroll to/i.test(s)) s = `${s}\n`.replace(AD_MARKER, '').trimEnd();
  for (;;) {
    const cut = s.lastIndexOf('\n');
    const last = s.slice(cut + 1);
    if (!isTrailingBoilerplate(last)) return s;
    s = s.slice(0, Math.max(cut, 0)).trimEnd();
    if (cut < 0) return '';
  }
}
