/**
 * The field names that crawlers and news APIs use, mapped onto the article's fields:
 * news-please (`maintext`, `date_publish`, `source_domain`), newspaper (`text`,
 * `publish_date`), news-API (`publishedAt`, `source: {name}`, `content`), GDELT
 * (`DocumentIdentifier`, `SourceCommonName`, `seendate`) and the plain ones. Names are
 * compared without case, `_`, `-` or spaces; the first listed name present wins.
 */

/** A record's fields as found, before normalisation. */
export interface FoundFields {
  sourceId: string | null;
  url: string | null;
  title: string | null;
  text: string | null;
  dateline: string | null;
  published: unknown;
  source: string | null;
  language: string | null;
  authors: string[];
}

export const FIELD_NAMES = {
  sourceId: ['id', '_id', 'uid', 'guid', 'articleid', 'docid', 'documentid', 'gkgrecordid', 'uuid'],
  url: ['url', 'link', 'canonicalurl', 'documentidentifier', 'uri', 'href', 'permalink', 'sourceurl', 'articleurl'],
  title: ['title', 'headline', 'titlepage', 'titlerss', 'heading'],
  text: ['text', 'body', 'content', 'maintext', 'article', 'articlebody', 'fulltext', 'bodytext', 'articletext', 'story'],
  dateline: ['dateline'],
  published: [
    'published', 'date', 'publishedat', 'pubdate', 'datepublish', 'publishedat', 'publishdate', 'publicationdate',
    'publishedtime', 'datepublished', 'publishedon', 'pubtime', 'seendate', 'datetime', 'created', 'createdat', 'timestamp', 'time',
  ],
  source: ['source', 'sourcedomain', 'domain', 'site', 'sitename', 'sourcename', 'sourcecommonname', 'publisher', 'outlet', 'feed'],
  language: ['language', 'lang', 'languagecode', 'locale'],
  authors: ['authors', 'author', 'byline', 'creator', 'creators', 'writer', 'writers'],
} as const;

/** Keys under which whole article objects are nested (`{"article": {...}}`, Elasticsearch `_source`). */
const NESTED = ['article', '_source', 'doc', 'document', 'item'];

const key = (name: string): string => name.toLowerCase().replace(/[\s_\-.]/g, '');

function index(record: Record<string, unknown>): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const [k, v] of Object.entries(record)) {
    const nk = key(k);
    if (!map.has(nk)) map.set(nk, v);
  }
  return map;
}

function pick(map: Map<string, unknown>, names: readonly string[]): unknown {
  for (const n of names) {
    const v = map.get(n);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

function asString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('\n\n'); // paragraphs as a list
  if (v && typeof v === 'object') {
    const o = index(v as Record<string, unknown>);
    const inner = pick(o, ['name', 'title', 'domain', 'id', 'value', 'text']);
    return typeof inner === 'string' ? inner : null;
  }
  return null;
}

function asAuthors(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\s*(?:;|,|\band\b|&)\s*/) : [v];
  return list.map(asString).filter((s): s is string => s !== null && s.trim() !== '').map((s) => s.replace(/^by\s+/i, ''));
}

/** True for a plain object: the only shape a record can have. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the article's fields from a record, looking inside one level of nesting (`{"article": {...}}`). */
export function findFields(record: Record<string, unknown>): FoundFields {
  let map = index(record);
  const nestedKey = NESTED.find((k) => isRecord(map.get(k)));
  if (nestedKey) {
    const outer = map;
    map = index(map.get(nestedKey) as Record<string, unknown>);
    for (const [k, v] of outer) if (k !== nestedKey && !map.has(k)) map.set(k, v); // outer fields fill gaps
  }
  const text = pick(map, FIELD_NAMES.text);
  return {
    sourceId: asString(pick(map, FIELD_NAMES.sourceId)),
    url: asString(pick(map, FIELD_NAMES.url)),
    title: asString(pick(map, FIELD_NAMES.title)),
    text: asString(text),
    dateline: asString(pick(map, FIELD_NAMES.dateline)),
    published: pick(map, FIELD_NAMES.published) ?? null,
    source: asString(pick(map, FIELD_NAMES.source)),
    language: asString(pick(map, FIELD_NAMES.language)),
    authors: asAuthors(pick(map, FIELD_NAMES.authors)),
  };
}

/** True when a header row names a text column (used to sniff CSV and TSV). */
export const isTextColumn = (name: string): boolean => (FIELD_NAMES.text as readonly string[]).includes(key(name));
