/**
 * Splits the dateline off the start of a body: "New Delhi: …", "KYIV, July 14 (Reuters) - …",
 * "WASHINGTON (AP) — …", "SEOUL, Feb. 6 (Yonhap) — …", "WASHINGTON, October 14. /TASS/. …",
 * "Kananaskis (Canada): …", "TURNBERRY – …". A dateline names where the story was filed;
 * it is not a sentence of the article, so later stages never see it as a mention.
 */

const WORD = String.raw`[\p{Lu}][\p{L}'’.\-]*`;
const LINK = String.raw`(?:of|de|la|el|al|da|do|du|es|the)`;
const PLACE = String.raw`${WORD}(?: (?:${WORD}|${LINK})){0,4}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`,? ${MONTH} \d{1,2}(?:, \d{4})?\.?`;
const AGENCY = String.raw`(?: ?\([\p{L}][\p{L}\d .&'-]{0,30}\)| ?/[\p{Lu}][\p{L}-]{1,15}/\.?)`;
// After "/TASS/." the space alone separates.
const SEPARATOR = String.raw`(?:\s*(?::|—|–|--|-(?= ))\s+|(?<=/\.?)\s+)`;

const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})(?<region>, ${PLACE})?(?<date>${DATE})?(?<agency>${AGENCY})?(?<sep>${SEPARATOR})`,
  'u',
);

/** Words that open a body with a colon but are labels, not places. */
const LABELS = new Set([
  'breaking', 'update', 'updated', 'note', 'editor', "editor's", 'editors', 'watch', 'read', 'opinion', 'analysis',
  'exclusive', 'live', 'video', 'photos', 'listen', 'summary', 'highlights', 'advertisement', 'sponsored',
  'warning', 'correction', 'disclaimer', 'source', 'sources', 'also', 'related', 'q', 'a', 'by',
]);

/** Words of headlines and labels that never make a place name ("Russia-Ukraine War: …"). */
const NOT_PLACE_WORDS = /\b(?:war|crisis|conflict|talks|deal|summit|news|live|updates?|explainer|timeline|day|week)\b/i;

const MAX_DATELINE = 80;

export interface DatelineSplit {
  dateline: string | null;
  body: string;
}

/**
 * Returns the dateline (without its separator) and the body after it. A match must
 * carry a sign that it is a dateline: a colon after a short place name, a date, a
 * news agency, or a place written in capitals ("TURNBERRY –").
 */
export function splitDateline(body: string): DatelineSplit {
  const m = DATELINE.exec(body.slice(0, MAX_DATELINE + 8));
  if (!m || !m.groups) return { dateline: null, body };
  const { place, region, date, agency, sep } = m.groups;
  const head = m[0].length - sep.length;
  if (head > MAX_DATELINE) return { dateline: null, body };
  const firstWord = place.split(' ')[0].replace(/[.'’]+$/, '');
  if (LABELS.has(firstWord.toLowerCase())) return { dateline: null, body };
  const capitals = firstWord.length >= 2 && firstWord === firstWord.toUpperCase();
  const colon = sep.trim() === ':';
  if (!(colon || date || agency || capitals)) return { dateline: null, body };
  // "Russia-Ukraine War: Putin …" is a headline, not a dateline: a colon form is a short place only.
  if (colon && !date && !agency && (place.split(' ').length > 3 || NOT_PLACE_WORDS.test(place))) return { dateline: null, body };
  const rest = body.slice(m[0].length);
  if (!/^[\p{L}\p{N}"“‘'(]/u.test(rest)) return { dateline: null, body };
  const dateline = body.slice(0, head).replace(/[\s.,]+$/u, '');
  return { dateline, body: rest };
}
