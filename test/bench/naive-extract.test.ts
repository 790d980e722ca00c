import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { EVENT_TYPES } from '../../src/domain/graph.ts';
import { naiveExtract } from '../../bench/naive/naive-extract.ts';

const body = 'Finnish President Aino Lehtonen accused Norway of blocking the pipeline talks. '
  + 'Lehtonen later proposed a summit with Sweden and NATO in Helsinki.';

const article: Article = {
  id: 'naive-1', sourceId: 'n1', url: null, title: 'Finland and Norway trade words', dateline: null, body,
  published: '2025-03-04', source: 'fixture', language: 'en', authors: [], origin: 'fixture:1',
};

describe('naiveExtract', () => {
  const graph = naiveExtract(article);
  const byId = new Map(graph.entities.map((e) => [e.id, e]));

  it('copies the article header', () => {
    expect(graph.article).toMatchObject({ id: 'naive-1', sourceId: 'n1', published: '2025-03-04', origin: 'fixture:1' });
  });

  it('finds states by the country list, with their ISO3 codes', () => {
    const states = graph.entities.filter((e) => e.kind === 'State').map((e) => e.iso3).sort();
    expect(states).toEqual(['NOR', 'SWE']);
  });

  it('joins a surname to the full name of the person', () => {
    const people = graph.entities.filter((e) => e.kind === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Aino Lehtonen', aliases: ['Lehtonen'] });
  });

  it('reads events from trigger verbs with the nearest mentions as actor and target', () => {
    const accuses = graph.events.find((e) => e.type === 'ACCUSES');
    expect(byId.get(accuses!.actor)?.name).toBe('Aino Lehtonen');
    expect(accuses!.targets.map((t) => byId.get(t)?.iso3)).toEqual(['NOR']);
    const proposes = graph.events.find((e) => e.type === 'PROPOSES');
    expect(proposes!.targets.map((t) => byId.get(t)?.iso3)).toEqual(['SWE']);
  });

  it('returns well-formed events: known type, entity references, evidence at its span', () => {
    expect(graph.events.length).toBeGreaterThan(0);
    for (const e of graph.events) {
      expect(EVENT_TYPES).toContain(e.type);
      expect(byId.has(e.actor)).toBe(true);
      for (const t of e.targets) expect(byId.has(t)).toBe(true);
      expect(e.modality).toBe('asserted');
      expect(body.slice(e.span[0], e.span[1])).toBe(e.evidence);
    }
    expect(new Set(graph.events.map((e) => e.id)).size).toBe(graph.events.length);
  });
});
