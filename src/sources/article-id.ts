/**
 * Stable article ids: the same article in two dumps gets the same id. From the
 * canonical URL when the record has one, else from the normalised title and body.
 */
import { hash } from 'node:crypto';

const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|cmpid|ocid|smid|sref)$/i;

/**
 * The canonical form of an article URL, or null when it is not an http(s) URL:
 * scheme and `www.` dropped, host lower-cased, default port, fragment, tracking
 * parameters (`utm_*`, `fbclid`, …) and trailing slash removed, other parameters sorted.
 */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const params = [...url.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const host = url.host.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${path}${query}`;
}

/**
 * A short, stable hash: sha256, first 16 hex digits. The one-shot `crypto.hash` makes no
 * Hash object per call (the loader hashes one or two strings per record).
 */
export function shortHash(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 16);
}

/** The article id: `a_` + hash of the canonical URL, else of title and body with whitespace collapsed. */
export function articleId(canonical: string | null, title: string | null, body: string): string {
  const key = canonical !== null ? `url:${canonical}` : `text:${title ?? ''}\n${body.replace(/\s+/g, ' ')}`;
  return `a_${shortHash(key)}`;
}
