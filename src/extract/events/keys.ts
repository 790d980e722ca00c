/**
 * Stable keys for events and their objects, so that the same fact read in two
 * articles gets the same id (see "Event keys" in ../README.md).
 */
import type { Entity, EventType, Modality } from '../../domain/graph.ts';

/** 64-bit FNV-1a, as 16 hex digits: cheap, deterministic, no dependency. */
export function hash64(s: string): string {
  let h1 = 0x811c9dc5, h2 = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x2f) >>> 0;
    h2 = (h2 ^ (h1 >>> 7)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The short form of a party in a key: a state's ISO3 in lower case, else the entity id as a slug. */
export function partyKey(id: string, entities: Map<string, Entity>): string {
  const e = entities.get(id);
  if (e?.iso3) return e.iso3.toLowerCase();
  return id.toLowerCase().replace(/^[a-z]+:/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** `talks:rus-ukr:2025-07-23`, `sanction:secondary-sanctions:rus`, `agreement:ceasefire:isr-hamas`. */
export function objectId(kind: string, subtype: string, parties: string[], date: string | null, entities: Map<string, Entity>): string {
  const ps = [...new Set(parties.map((p) => partyKey(p, entities)))].sort().join('-') || 'unknown';
  const head = kind === 'Talks' ? 'talks' : `${kind.toLowerCase()}:${subtype}`;
  return date ? `${head}:${ps}:${date}` : `${head}:${ps}`;
}

/** Event id: hash of type, actor, object kind and subtype, sorted targets, date and modality. */
export function eventId(type: EventType, actor: string, object: { kind: string; subtype?: string } | null,
  targets: string[], date: string | null, modality: Modality): string {
  const key = [type, actor, object ? `${object.kind}/${object.subtype ?? ''}` : '', [...targets].sort().join(','), date ?? '', modality].join('|');
  return `event:${hash64(key)}`;
}
