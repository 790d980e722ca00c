import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/graph/write/rows.ts';
import { articleA, articleB } from './write-fixtures.ts';

describe('toRows', () => {
  it('builds the rows of a batch (snapshot)', () => {
    expect(toRows([articleA, articleB])).toMatchSnapshot();
  });

  it('makes a fact reported by two articles one event with two reports', () => {
    const rows = toRows([articleA, articleB]);
    const warns = rows.events.filter((e) => e.type === 'WARNS');
    expect(warns).toHaveLength(1);
    expect(warns[0].confidence).toBe(0.9);
    expect(rows.reports.filter((r) => r.event === warns[0].id).map((r) => r.article)).toEqual([
      'art:ap-2025-07-15-trump', 'art:reuters-2025-07-14-trump',
    ]);
    expect(rows.actions.WARNS).toEqual([
      expect.objectContaining({ from: 'person:trump-d', to: 'sanction:rus-secondary', event: warns[0].id }),
    ]);
  });

  it('keeps one report per event and article: the surest sentence', () => {
    const report = toRows([articleA]).reports.find((r) => r.event.startsWith('ev:WARNS'));
    expect(report?.props.sentence).toBe('The president repeated the threat of secondary sanctions.');
    expect(report?.props).toMatchObject({ start: 400, end: 457, confidence: 0.9, field: 'body' });
  });

  it('merges an entity seen twice: first name, sorted union of aliases, latest non-null attributes', () => {
    const rows = toRows([articleA, articleB]);
    expect(rows.entities.Person.find((p) => p.id === 'person:trump-d')).toEqual({
      id: 'person:trump-d', name: 'Donald Trump', aliases: ['Donald J. Trump', 'Trump'], props: {},
    });
    expect(rows.entities.Sanction[0].props).toEqual({
      subtype: 'secondary-sanctions', status: 'IMPOSED', deadline: '2025-09-02', condition: 'if Moscow fails to agree to a deal within 50 days',
    });
  });

  it('keeps the first graph of an article id seen twice in a batch', () => {
    expect(toRows([articleA, articleB, articleA])).toEqual(toRows([articleA, articleB]));
  });

  it('sorts every row array by its key so writers lock hub nodes in one order', () => {
    const rows = toRows([articleB, articleA]);
    const keys = rows.mentions.map((m) => `${m.article} ${m.entity}`);
    expect(keys).toEqual([...keys].sort());
    expect(rows.entities.State.map((s) => s.id)).toEqual(['state:RUS', 'state:UKR', 'state:USA']);
    expect(rows.links.PARTY.map((l) => `${l.from}>${l.to}`)).toEqual([...rows.links.PARTY.map((l) => `${l.from}>${l.to}`)].sort());
  });

  it('writes no relationship to an entity the article does not define, and counts it', () => {
    const rows = toRows([articleB]);
    expect(rows.dangling).toBe(1);
    expect(rows.eventTargets.some((t) => t.to === 'state:XYZ')).toBe(false);
    expect(rows.actions.ACCUSES).toEqual([]);
    expect(rows.events.map((e) => e.type).sort()).toEqual(['ACCUSES', 'WARNS']);
  });

  it('links structure: roles, parties, venue, targets, imposer', () => {
    const rows = toRows([articleA]);
    expect(rows.actsFor).toEqual([
      { from: 'person:trump-d', to: 'state:USA', title: 'President', titles: ['President'] },
      { from: 'person:umerov-r', to: 'state:UKR', title: 'Security Council Secretary', titles: ['Security Council Secretary'] },
    ]);
    expect(rows.links.HELD_IN).toEqual([{ from: 'talks:rus-ukr-2025-07', to: 'place:istanbul' }]);
    expect(rows.links.TARGETS).toEqual([{ from: 'sanction:rus-secondary', to: 'state:RUS' }]);
    expect(rows.links.IMPOSED_BY).toEqual([{ from: 'sanction:rus-secondary', to: 'state:USA' }]);
    expect(rows.links.PARTY).toHaveLength(4);
  });

  it('writes what an article adds to an event or a role seen earlier in the batch, as a batch of its own would', () => {
    const warns = articleA.events.find((e) => e.type === 'WARNS')!;
    const withoutObject = { ...articleA, article: { ...articleA.article, id: 'art:first' }, entities: articleA.entities.filter((e) => e.id !== warns.object) };
    const renamed = {
      ...articleA,
      article: { ...articleA.article, id: 'art:second' },
      entities: articleA.entities.map((e) => (e.id === 'person:trump-d' ? { ...e, roles: [{ title: 'Former President', of: 'state:USA' }] } : e)),
    };
    const rows = toRows([withoutObject, renamed]);
    expect(rows.eventObjects).toContainEqual({ event: warns.id, to: warns.object });
    expect(rows.actsFor.find((r) => r.from === 'person:trump-d')).toEqual({
      from: 'person:trump-d', to: 'state:USA', title: 'President', titles: ['Former President', 'President'],
    });
    // the typed relationship is the first article's: it had no object, so it ends on the targets
    expect(rows.actions.WARNS.map((a) => a.to)).toEqual([...warns.targets].sort());
  });

  it('drops nulls from article and report properties, so SET += never erases', () => {
    const rows = toRows([articleB]);
    expect(rows.articles[0].props).toEqual({ published: '2025-07-15', origin: 'seed/sample.jsonl:2', source: 'AP', language: 'en' });
  });
});
