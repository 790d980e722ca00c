import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StatementRegistry, parseStatement, statements } from '../../src/graph/statements.ts';

describe('parseStatement', () => {
  it('drops a trailing semicolon and surrounding space', () => {
    expect(parseStatement('read/x', '\nMATCH (n) RETURN n;\n')).toEqual({ name: 'read/x', text: 'MATCH (n) RETURN n' });
  });

  it('allows semicolons inside comments and strings', () => {
    expect(() => parseStatement('read/x', "// a; b\nRETURN 'x;y' AS v /* ; */")).not.toThrow();
  });

  it('rejects a file with two statements', () => {
    expect(() => parseStatement('read/x', 'MATCH (n) RETURN n; MATCH (m) RETURN m')).toThrow(/one per file/);
  });

  it('rejects a file with only comments', () => {
    expect(() => parseStatement('read/x', '// nothing here\n')).toThrow(/no statement/);
  });
});

describe('StatementRegistry', () => {
  const root = mkdtempSync(join(tmpdir(), 'parley-cypher-'));
  mkdirSync(join(root, 'write'));
  writeFileSync(join(root, 'write', 'upsert-states.cypher'), 'UNWIND $rows AS row MERGE (s:State {id: row.id})\n');
  writeFileSync(join(root, 'write', 'notes.md'), 'not cypher');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('loads a statement by its path without .cypher', () => {
    expect(new StatementRegistry(root).get('write/upsert-states').text).toBe('UNWIND $rows AS row MERGE (s:State {id: row.id})');
  });

  it('names the expected file when a statement is missing', () => {
    expect(() => new StatementRegistry(root).get('write/nope')).toThrow(/write\/nope\.cypher/);
  });

  it('lists by prefix, sorted', () => {
    expect(new StatementRegistry(root).list('write/').map((s) => s.name)).toEqual(['write/upsert-states']);
  });
});

describe('the repository cypher/ folder', () => {
  it('loads: every file holds exactly one statement', () => {
    expect(statements.list().length).toBeGreaterThan(0);
  });

  it('holds the schema, every statement IF NOT EXISTS', () => {
    const schema = statements.list('schema/');
    expect(schema.length).toBeGreaterThanOrEqual(20);
    for (const s of schema) expect(s.text, s.name).toMatch(/IF NOT EXISTS/);
  });

  it('passes values as $parameters, never as interpolation placeholders', () => {
    for (const s of statements.list()) expect(s.text, s.name).not.toMatch(/\$\{|\{\{/);
  });
});
