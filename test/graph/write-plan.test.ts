import { describe, expect, it } from 'vitest';
import { StatementRegistry } from '../../src/graph/statements.ts';
import { PRESENT_ARTICLES, WRITE_PLAN } from '../../src/graph/write/write-plan.ts';

const registry = new StatementRegistry();

describe('the write plan', () => {
  it('has a file for every statement it runs, and runs every file in cypher/write', () => {
    const planned = [PRESENT_ARTICLES, ...WRITE_PLAN.map((s) => s.name)];
    expect(registry.list('write/').map((s) => s.name).sort()).toEqual([...planned].sort());
  });

  it('writes entities before relationships, and articles before the reports and mentions that end on them', () => {
    const names = WRITE_PLAN.map((s) => s.name);
    const last = (p: string) => Math.max(...names.map((n, i) => (n.startsWith(p) ? i : -1)));
    const first = (p: string) => names.findIndex((n) => n.startsWith(p));
    expect(last('write/entities-')).toBeLessThan(first('write/acts-for'));
    expect(last('write/link-')).toBeLessThan(names.indexOf('write/events'));
    expect(names.indexOf('write/events')).toBeLessThan(names.indexOf('write/articles'));
    expect(names.indexOf('write/articles')).toBeLessThan(names.indexOf('write/reported-in'));
    expect(names.indexOf('write/reported-in')).toBeLessThan(names.indexOf('write/mentions'));
  });

  it('has only UNWIND $rows batches that MERGE, or CREATE once per new event', () => {
    for (const s of WRITE_PLAN) {
      const text = registry.get(s.name).text.replace(/^\/\/.*$/gm, '').trim();
      expect(text.startsWith('UNWIND $rows AS row'), s.name).toBe(true);
      expect(text, s.name).toMatch(/\bMERGE\b/);
    }
    // the typed relationships, ACTOR, OBJECT and TARGET are created only for an event with no ACTOR yet
    const events = registry.get('write/events').text.replace(/^\/\/.*$/gm, '');
    expect(events).toMatch(/EXISTS \{ \(e\)-\[:ACTOR\]->\(\) \} AS linked[\s\S]*WHERE NOT linked[\s\S]*\bCREATE\b/);
  });
});
