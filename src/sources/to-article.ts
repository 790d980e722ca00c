/**
 * A record's fields → a normalised `Article`, or the reason it cannot be one. The only
 * place that decides what an article's id, title, dateline, body and date are, so
 * every format yields the same article for the same text.
 */
import type { Article } from '../domain/article.ts';
import type { Diagnostic } from '../domain/diagnostic.ts';
import { articleId, canonicalUrl } from './article-id.ts';
import { stripBoilerplate } from './boilerplate.ts';
import { splitDateline } from './dateline.ts';
import type { FoundFields } from './fields.ts';
import { normaliseLine, normaliseText } from './normalise-text.ts';
import { parseDate } from './parse-date.ts';
import type { Position } from './types.ts';

export type Conversion =
  | { ok: true; article: Article; warnings: Diagnostic[] }
  | { ok: false; error: Diagnostic };

/** `file:line` for line formats, else `file#record`. */
export const originOf = (at: Position): string => (at.line !== undefined ? `${at.file}:${at.line}` : `${at.file}#${at.record}`);

const diagnostic = (at: Position, severity: Diagnostic['severity'], reason: Diagnostic['reason'], message: string): Diagnostic => ({
  severity, reason, message, file: at.file, ...(at.line !== undefined ? { line: at.line } : {}), record: at.record,
});

/** Drops page-title suffixes such as " | World News" (a short segment after the last " | "). */
export function cleanTitle(raw: string | null): string | null {
  if (raw === null) return null;
  let title = normaliseLine(raw);
  for (;;) {
    const cut = title.lastIndexOf(' | ');
    if (cut < 0) break;
    const tail = title.slice(cut + 3).split(' ').length;
    const head = title.slice(0, cut).split(' ').length;
    if (tail > 5 || head < 3) break;
    title = title.slice(0, cut);
  }
  return title === '' ? null : title;
}

const firstLine = (s: string): string => {
  const nl = s.indexOf('\n');
  return nl < 0 ? s : s.slice(0, nl);
};
const afterFirstLine = (s: string): string => {
  const nl = s.indexOf('\n');
  return nl < 0 ? '' : s.slice(nl + 1).trimStart();
};

/** The body's text without boilerplate and without a first line that repeats the headline. */
function bodyText(text: string, title: string | null): string {
  let s = stripBoilerplate(normaliseText(text));
  for (;;) {
    const first = firstLine(s);
    const repeats = title !== null && first.length < title.length + 40 && (first === title || cleanTitle(first) === title);
    if (!repeats || first === s) return s;
    s = afterFirstLine(s);
  }
}

const preview = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** Converts found fields into an article. */
export function toArticle(fields: FoundFields, at: Position): Conversion {
  const warnings: Diagnostic[] = [];
  const title = cleanTitle(fields.title);
  let text = bodyText(fields.text ?? '', title);
  let dateline = fields.dateline !== null ? normaliseLine(fields.dateline) || null : null;
  if (dateline === null) {
    const split = splitDateline(text);
    dateline = split.dateline;
    text = split.body;
  }
  // One paragraph a line, paragraphs separated by one blank line.
  const body = text.includes('\n') ? text.replace(/\n+/g, '\n\n') : text;
  if (body === '') {
    const message = fields.text === null ? 'no text field (text, body, content, maintext, article)' : 'the text is empty';
    return { ok: false, error: diagnostic(at, 'error', 'missing-text', message) };
  }

  const date = parseDate(fields.published);
  if (!date.ok) warnings.push(diagnostic(at, 'warning', 'bad-date', `unreadable publication date ${preview(fields.published)}; kept as null`));

  let url = fields.url !== null ? fields.url.trim() || null : null;
  const canonical = url !== null ? canonicalUrl(url) : null;
  if (url !== null && canonical === null) {
    warnings.push(diagnostic(at, 'warning', 'bad-url', `not an http(s) URL ${preview(url)}; kept as null`));
    url = null;
  }

  const authors = [...new Set(fields.authors.map(normaliseLine).filter(Boolean))];
  const article: Article = {
    id: articleId(canonical, title, body),
    sourceId: fields.sourceId !== null ? fields.sourceId.trim() || null : null,
    url,
    title,
    dateline,
    body,
    published: date.date,
    source: fields.source !== null ? normaliseLine(fields.source) || null : null,
    language: fields.language !== null ? normaliseLine(fields.language).toLowerCase() || null : null,
    authors,
    origin: originOf(at),
  };
  return { ok: true, article, warnings };
}
