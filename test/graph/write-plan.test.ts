import { describe, expect, it } from 'vitest';
import { StatementRegistry } from '../../src/graph/statements.ts';
import { toRows } from '../../src/graph/write/rows.ts';
import { CLAIM_ARTICLES, ENTITIES, WRITE_PLAN, entityRows, eventRows, linkRows } from '../../src/graph/write/write-plan.ts';
import { articleA, articleB } from './write-fixtures.ts';

const registry = new StatementRegistry();
const code = (name: string) => registry.get(name).text.replace(/^\/\/.*$/gm, '').trim();

describe('the write plan', () => {
  it('has a file for every statement it runs, and runs every file in cypher/write', () => {
    const planned = [CLAIM_ARTICLES, ENTITIES, ...WRITE_PLAN.map((s) => s.name)];
    expect(registry.list('write/').map((s) => s.name).sort()).toEqual([...planned].sort());
  });

  it('writes entities before the relationships that use them, and events before mentions', () => {
    const names = WRITE_PLAN.map((s) => s.name);
    expect(names.indexOf('write/acts-for')).toBeLessThan(names.indexOf('write/events'));
    expect(names.indexOf('write/links')).toBeLessThan(names.indexOf('write/events'));
    expect(names.indexOf('write/events')).toBeLessThan(names.indexOf('write/mentions'));
  });

  it('has only UNWIND $rows batches; nodes MERGE on their key, the claimed article passed on only when created', () => {
    for (const name of [CLAIM_ARTICLES, ENTITIES, ...WRITE_PLAN.map((s) => s.name)]) {
      expect(code(name).startsWith('UNWIND $rows AS row'), name).toBe(true);
    }
    expect(code(CLAIM_ARTICLES)).toMatch(/^UNWIND \$rows AS row\s+MERGE \(a:Article \{id: row\.id\}\)[\s\S]*ON CREATE SET[^\n]*a\.parleyClaim = true[\s\S]*WHERE a\.parleyClaim[\s\S]*REMOVE a\.parleyClaim/);
    expect(code(ENTITIES)).toMatch(/MERGE \(n:Entity \{id: row\.id\}\)/);
    expect(code('write/events')).toMatch(/MERGE \(e:Event \{id: row\.id\}\)/);
    // the typed relationships, ACTOR, OBJECT and TARGET are created only for an event with no ACTOR yet
    expect(code('write/events')).toMatch(/EXISTS \{ \(e\)-\[:ACTOR\]->\(\) \} AS linked[\s\S]*WHERE NOT linked[\s\S]*\bCREATE\b/);
    // relationships another article may have drawn are MERGEd
    for (const type of ['PARTY', 'HELD_IN', 'TARGETS', 'IMPOSED_BY', 'DONOR', 'RECIPIENT']) expect(code('write/links')).toContain(`MERGE (a)-[:${type}]->(b)`);
    expect(code('write/acts-for')).toMatch(/MERGE \(p\)-\[r:ACTS_FOR\]->\(o\)/);
  });

  it('gives each statement its rows: every entity with its kind, links with their type, events with their reports', () => {
    const rows = toRows([articleA, articleB]);
    const entities = entityRows(rows);
    expect(entities.map((e) => e.id)).toEqual([...entities.map((e) => e.id)].sort());
    expect(entities.find((e) => e.id === 'state:RUS')).toMatchObject({ kind: 'State', name: 'Russia' });
    expect(linkRows(rows).filter((l) => l.type === 'HELD_IN')).toEqual([{ from: 'talks:rus-ukr-2025-07', to: 'place:istanbul', type: 'HELD_IN' }]);
    const warns = eventRows(rows).find((e) => e.type === 'WARNS');
    expect(warns?.reports.map((r) => r.article)).toEqual(['art:ap-2025-07-15-trump', 'art:reuters-2025-07-14-trump']);
    expect(warns?.ends).toEqual(['sanction:rus-secondary']);
  });
});
