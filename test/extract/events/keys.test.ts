import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/domain/graph.ts';
import { eventId, hash64, objectId, sortedJoin } from '../../../src/extract/events/keys.ts';
import type { EventType, Modality } from '../../../src/domain/graph.ts';

/** The key functions as first written: the reference for the faster ones. */
function hash64Reference(s: string): string {
  let h1 = 0x811c9dc5, h2 = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x2f) >>> 0;
    h2 = (h2 ^ (h1 >>> 7)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}
const IDS = ['state:rus', 'state:ukr', 'state:usa', 'org:eu', 'org:un', 'person:putin-v', 'person:zelensky-v', 'state:RUS', 'Ä', 'state:rus-', '', 'org:nato'];

describe('event keys', () => {
  it('hash64 is 64-bit FNV-1a as first written', () => {
    const r = rng(3);
    for (let i = 0; i < 5000; i++) {
      let s = '';
      const n = Math.floor(r() * 60);
      for (let k = 0; k < n; k++) s += String.fromCharCode(r() < 0.9 ? 32 + Math.floor(r() * 95) : Math.floor(r() * 0xffff));
      expect(hash64(s)).toBe(hash64Reference(s));
    }
    expect(hash64('')).toBe('811c9dc5050c5d1f');
  });

  it('sortedJoin is [...xs].sort().join(",")', () => {
    const r = rng(5);
    for (let i = 0; i < 5000; i++) {
      const xs = Array.from({ length: Math.floor(r() * 16) }, () => IDS[Math.floor(r() * IDS.length)]);
      expect(sortedJoin(xs)).toBe([...xs].sort().join(','));
    }
    expect(sortedJoin(['b', undefined as unknown as string, 'a'])).toBe('a,b,');
  });

  it('eventId is the hash of the joined key, fed in its parts', () => {
    const r = rng(11);
    const TYPES = ['PROPOSES', 'WARNS', 'AGREED', 'MEETS'] as EventType[];
    const MODALITIES = ['asserted', 'planned', 'conditional', 'negated', 'hypothetical'] as Modality[];
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
    for (let i = 0; i < 5000; i++) {
      // up to 16 targets: both the small in-place sort and the general one
      const targets = Array.from({ length: Math.floor(r() * 17) }, () => pick(IDS));
      const object = r() < 0.3 ? null : { kind: pick(['Talks', 'Sanction', 'Agreement', 'Aid']), ...(r() < 0.8 ? { subtype: pick(['talks', 'ceasefire', 'tariffs', '']) } : {}) };
      const actor = pick(IDS), type = pick(TYPES), modality = pick(MODALITIES);
      const date = r() < 0.5 ? null : `2025-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 10)}`;
      const key = [type, actor, object ? `${object.kind}/${object.subtype ?? ''}` : '', [...targets].sort().join(','), date ?? '', modality].join('|');
      expect(eventId(type, actor, object, targets, date, modality)).toBe(`event:${hash64Reference(key)}`);
    }
  });

  it('objectId sorts and folds the parties\' keys', () => {
    const entities = new Map<string, Entity>([
      ['state:rus', { id: 'state:rus', kind: 'State', name: 'Russia', iso3: 'RUS' }],
      ['state:ukr', { id: 'state:ukr', kind: 'State', name: 'Ukraine', iso3: 'UKR' }],
      ['state:usa', { id: 'state:usa', kind: 'State', name: 'United States', iso3: 'USA' }],
    ] as [string, Entity][]);
    expect(objectId('Talks', 'talks', ['state:usa', 'state:rus', 'state:ukr', 'state:rus'], '2025-05-16', entities)).toBe('talks:rus-ukr-usa:2025-05-16');
    expect(objectId('Sanction', 'secondary-sanctions', ['org:eu', 'state:rus', 'org:eu'], null, entities)).toBe('sanction:secondary-sanctions:eu-rus');
    expect(objectId('Agreement', 'ceasefire', [], null, entities)).toBe('agreement:ceasefire:unknown');
  });
});
