/**
 * Saved web pages, one article per file: parsed with linkedom, the main text found by
 * Mozilla Readability (the Firefox reader view), so navigation, scripts, adverts and
 * boilerplate stay out. Page metadata fills the other fields: canonical URL, publication
 * time, site name, language, author. Pages in a declared legacy charset are decoded.
 */
import { Readability } from '@mozilla/readability';
import { isUtf8 } from 'node:buffer';
import { parseHTML } from 'linkedom';
import type { OpenedInput } from '../open-input.ts';
import type { ReadOptions } from '../options.ts';
import { problem } from '../problem.ts';
import { sampleBytes, sampleText } from '../raw-sample.ts';
import { readOneRecord } from '../read-whole.ts';
import type { FormatItem } from '../types.ts';

/* The DOM as linkedom gives it; the project compiles without the DOM library. */
interface El {
  tagName: string;
  remove(): void;
  textContent: string | null;
  parentElement: El | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El>;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt, td';
const BLOCK_TAGS = new Set(BLOCKS.toUpperCase().split(', '));

/** The text of each block element (one paragraph each), innermost blocks excluded from their parents. */
function paragraphsOf(root: El): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // a container of blocks: its children are read instead
    let inBlock = false;
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (BLOCK_TAGS.has(p.tagName)) { inBlock = true; break; }
    if (inBlock && el.tagName !== 'P') continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  if (out.length === 0) {
    const text = (root.textContent ?? '').split(/\n\s*\n/).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
    out.push(...text);
  }
  return out;
}

/**
 * Advert and promotion containers, removed before Readability runs: it scores text, and
 * an advert with a sentence in it can pass for a paragraph next to the article.
 */
const ADS = [
  '[class~="ad"]', '[class~="ads"]', '[class*="advert"]', '[id*="advert"]', '[class*="sponsor"]', '[class*="promo"]',
  '[class*="newsletter"]', '[aria-label="Advertisement"]', 'ins.adsbygoogle', 'iframe', 'noscript',
].join(', ');

function meta(doc: El, selectors: string[]): string | null {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    const v = el?.getAttribute(el.tagName === 'LINK' ? 'href' : el.tagName === 'TIME' ? 'datetime' : 'content')?.trim();
    if (v) return v;
  }
  return null;
}

/** The charset a page declares in its first bytes, lower-cased, or null. */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1].toLowerCase() ?? null;
}

function decode(bytes: Buffer): string | null {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const charset = declaredCharset(bytes);
  if (!charset || charset === 'utf-8' || charset === 'utf8') return null;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return null;
  }
}

/** Fields of an HTML page: title, text (paragraphs), URL, published, source, language, authors. */
export function readPage(html: string): Record<string, unknown> {
  const { document } = parseHTML(html) as unknown as { document: El & { documentElement: El; body: El | null; title: string } };
  const fields: Record<string, unknown> = {
    url: meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']),
    published: meta(document, [
      'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'time[datetime]',
    ]),
    source: meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    language: document.documentElement?.getAttribute('lang') ?? null,
    authors: meta(document, ['meta[name="author"]', 'meta[property="article:author"]']),
  };
  for (const el of [...document.querySelectorAll(ADS)]) el.remove();
  const article = new Readability<string[]>(document as never, { charThreshold: 100, serializer: (node) => paragraphsOf(node as unknown as El) }).parse();
  fields.title = article?.title || meta(document, ['meta[property="og:title"]']) || document.title || null;
  fields.text = article?.content?.join('\n') ?? (document.body ? paragraphsOf(document.body).join('\n') : '');
  fields.published ??= article?.publishedTime ?? null;
  fields.source ??= article?.siteName ?? null;
  // Readability's byline is whatever sits in a "byline" box: a name only if it reads like one.
  const byline = article?.byline?.replace(/^\s*by\s+/i, '').trim();
  if (byline && !/\d/.test(byline) && byline.split(/\s+/).length <= 8) fields.authors ??= byline;
  return fields;
}

/** Reads one HTML page. */
export async function* readHtml(input: OpenedInput, options: ReadOptions): AsyncGenerator<FormatItem> {
  const at = { file: input.name, record: 1 };
  const read = await readOneRecord(input, options.maxRecordBytes, 'page');
  if (!read.ok) return void (yield read.problem);
  const { bytes } = read;
  const html = decode(bytes);
  if (html === null) return void (yield problem(at, 'invalid-utf8', 'the page is not valid UTF-8 and declares no charset that can decode it', sampleBytes(bytes)));
  let fields: Record<string, unknown>;
  try {
    fields = readPage(html);
  } catch (error) {
    return void (yield problem(at, 'invalid-html', `could not read the page: ${(error as Error).message}`, sampleText(html)));
  }
  yield { kind: 'record', fields, at, raw: () => sampleText(html) };
}
