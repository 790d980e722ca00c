/**
 * Stable keys for events and their objects, so that the same fact read in two
 * articles gets the same id (see "Event keys" in ../README.md).
 */
import type { Entity, EventType, Modality } from '../../domain/graph.ts';

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (h: number): string => HEX[h >>> 24] + HEX[(h >>> 16) & 255] + HEX[(h >>> 8) & 255] + HEX[h & 255];

/**
 * 64-bit FNV-1a, as 16 hex digits: cheap, deterministic, no dependency. The state is kept as int32
 * (the same bits as the uint32 the digits are read from: `^`, `Math.imul` and `>>>` read only the bits).
 */
export function hash64(s: string): string {
  let h1 = 0x811c9dc5 | 0, h2 = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x2f) ^ (h1 >>> 7);
  }
  return hex8(h1) + hex8(h2);
}

/**
 * `hash64` of a string fed in pieces (`start`, then `feed` and `feedCode`, then `eventDigest`), so that a key made of parts
 * is hashed without being built: the same steps over the same UTF-16 code units give the same digits.
 */
const state = new Int32Array(2);
function start(): void { state[0] = 0x811c9dc5 | 0; state[1] = 0x050c5d1f; }
function feed(s: string): void {
  let h1 = state[0], h2 = state[1];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x2f) ^ (h1 >>> 7);
  }
  state[0] = h1; state[1] = h2;
}
function feedCode(c: number): void {
  const h1 = Math.imul(state[0] ^ c, 0x01000193);
  state[1] = Math.imul(state[1] ^ c, 0x01000193 ^ 0x2f) ^ (h1 >>> 7);
  state[0] = h1;
}

/** Code units of the hex digits 0-9a-f. */
const DIGITS = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);
/** `'event:' + hex8(h1) + hex8(h2)` of the state, made at once as one flat string rather than by nine concatenations. */
function eventDigest(): string {
  const a = state[0], b = state[1], d = DIGITS;
  return String.fromCharCode(101, 118, 101, 110, 116, 58,
    d[a >>> 28], d[(a >>> 24) & 15], d[(a >>> 20) & 15], d[(a >>> 16) & 15], d[(a >>> 12) & 15], d[(a >>> 8) & 15], d[(a >>> 4) & 15], d[a & 15],
    d[b >>> 28], d[(b >>> 24) & 15], d[(b >>> 20) & 15], d[(b >>> 16) & 15], d[(b >>> 12) & 15], d[(b >>> 8) & 15], d[(b >>> 4) & 15], d[b & 15]);
}

/** Scratch for the small sorts below (the stage is synchronous: no two sorts overlap). */
const scratch: string[] = [];
const SMALL = 12;

/**
 * Sorts the strings `xs` into `scratch` (insertion sort, by UTF-16 code units as `sort()` does);
 * false, with nothing sorted, when `xs` is large or holds anything but strings.
 */
function sortSmall(xs: string[]): boolean {
  const n = xs.length;
  if (n > SMALL) return false;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    if (typeof x !== 'string') return false;
    let j = i;
    while (j > 0 && scratch[j - 1] > x) { scratch[j] = scratch[j - 1]; j--; }
    scratch[j] = x;
  }
  return true;
}

/** `[...xs].sort().join(',')`, without the copy and the sort's comparisons through `String()`. */
export function sortedJoin(xs: string[]): string {
  if (xs.length === 0) return '';
  if (xs.length === 1) return String(xs[0] ?? '');
  if (xs.length === 2 && typeof xs[0] === 'string' && typeof xs[1] === 'string') return xs[1] < xs[0] ? xs[1] + ',' + xs[0] : xs[0] + ',' + xs[1];
  if (!sortSmall(xs)) return [...xs].sort().join(',');
  let out = scratch[0];
  for (let i = 1; i < xs.length; i++) out += ',' + scratch[i];
  return out;
}

/** The short form of a party in a key: a state's ISO3 in lower case, else the entity id as a slug. */
export function partyKey(id: string, entities: Map<string, Entity>): string {
  const e = entities.get(id);
  if (e?.iso3) return e.iso3.toLowerCase();
  let k = slugs.get(id);
  if (k === undefined) {
    if (slugs.size > 50_000) slugs.clear();
    k = id.toLowerCase().replace(/^[a-z]+:/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    slugs.set(id, k);
  }
  return k;
}
/** The slug form of an entity id (a pure function of the id), memoised. */
const slugs = new Map<string, string>();

/** `[...new Set(keys)].sort().join('-')`, without the set and the copy (repeats are neighbours once sorted). */
function uniqueSortedJoin(keys: string[]): string {
  if (keys.length === 1) return keys[0];
  if (keys.length === 2) { const [a, b] = keys; return a === b ? a : b < a ? b + '-' + a : a + '-' + b; }
  if (keys.length === 0 || !sortSmall(keys)) return [...new Set(keys)].sort().join('-');
  let out = scratch[0];
  for (let i = 1; i < keys.length; i++) if (scratch[i] !== scratch[i - 1]) out += '-' + scratch[i];
  return out;
}

/** `talks:rus-ukr:2025-07-23`, `sanction:secondary-sanctions:rus`, `agreement:ceasefire:isr-hamas`. */
export function objectId(kind: string, subtype: string, parties: string[], date: string | null, entities: Map<string, Entity>): string {
  const ps = uniqueSortedJoin(parties.map((p) => partyKey(p, entities))) || 'unknown';
  const head = kind === 'Talks' ? 'talks' : `${kind.toLowerCase()}:${subtype}`;
  return date ? `${head}:${ps}:${date}` : `${head}:${ps}`;
}

/** Event id: hash of type, actor, object kind and subtype, sorted targets, date and modality. */
export function eventId(type: EventType, actor: string, object: { kind: string; subtype?: string } | null,
  targets: string[], date: string | null, modality: Modality): string {
  // The key string is `[type, actor, object, sorted targets, date, modality].join('|')`, fed to the hash in its parts.
  start();
  feed(type ?? ''); feedCode(PIPE);
  feed(actor ?? ''); feedCode(PIPE);
  if (object) { feed(object.kind); feedCode(SLASH); feed(object.subtype ?? ''); }
  feedCode(PIPE);
  feedSortedJoin(targets); feedCode(PIPE);
  feed(date ?? ''); feedCode(PIPE);
  feed(modality ?? '');
  return eventDigest();
}
const PIPE = 0x7c, SLASH = 0x2f, COMMA = 0x2c;

/** Feeds `sortedJoin(xs)` to the hash, without joining when the sort is the small one. */
function feedSortedJoin(xs: string[]): void {
  if (xs.length <= 1 || !sortSmall(xs)) { feed(sortedJoin(xs)); return; }
  feed(scratch[0]);
  for (let i = 1; i < xs.length; i++) { feedCode(COMMA); feed(scratch[i]); }
}
