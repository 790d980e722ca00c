import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, statements, type Graph } from '../../src/graph/index.ts';
import { openTestGraph, resetDatabase } from './test-graph.ts';

/** The names declared in cypher/schema, read from the files themselves. */
function declared(kind: RegExp): string[] {
  return statements
    .list('schema/')
    .map((s) => kind.exec(s.text)?.[1])
    .filter((name): name is string => Boolean(name))
    .sort();
}

describe('the schema (cypher/schema) against Neo4j', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetDatabase(graph.executor);
  });
  afterAll(() => graph?.close());

  it('applies twice without error and without changing anything', async () => {
    const before = await graph.executor.read(statements.get('admin/show-indexes'));
    const first = await migrate(graph.executor);
    const second = await migrate(graph.executor);
    expect(second.applied).toEqual(first.applied);
    expect(await graph.executor.read(statements.get('admin/show-indexes'))).toEqual(before);
  });

  it('lists every uniqueness constraint of cypher/schema in SHOW CONSTRAINTS', async () => {
    const rows = await graph.executor.read<{ name: string; type: string }>(statements.get('admin/show-constraints'));
    const names = declared(/CREATE CONSTRAINT (\w+)/);
    expect(names).toEqual(expect.arrayContaining(['person_id', 'state_id', 'state_iso3', 'event_id', 'article_id']));
    for (const name of names) expect(rows).toContainEqual(expect.objectContaining({ name, type: 'UNIQUENESS' }));
  });

  it('brings every index online, the full-text index entityNames included', async () => {
    const rows = await graph.executor.read<{ name: string; type: string; state: string }>(statements.get('admin/show-indexes'));
    const names = declared(/CREATE (?:FULLTEXT )?INDEX (\w+)/);
    expect(names).toContain('entityNames');
    for (const name of names) expect(rows).toContainEqual(expect.objectContaining({ name, state: 'ONLINE' }));
    expect(rows).toContainEqual(expect.objectContaining({ name: 'entityNames', type: 'FULLTEXT' }));
  });

  it('rejects a second node with the same natural key', async () => {
    const create = { name: 'test/create-person', text: 'CREATE (:Person:Entity {id: $id, name: $name})' };
    await graph.executor.write(create, { id: 'person:test', name: 'A' });
    await expect(graph.executor.write(create, { id: 'person:test', name: 'B' })).rejects.toMatchObject({ code: 'NEO4J_QUERY' });
  });

  it('documents every constraint and index name in cypher/README.md', () => {
    const readme = readFileSync(new URL('../../cypher/README.md', import.meta.url), 'utf8');
    for (const name of [...declared(/CREATE CONSTRAINT (\w+)/), ...declared(/CREATE (?:FULLTEXT )?INDEX (\w+)/)]) {
      expect(readme, `cypher/README.md should name ${name}`).toContain(`\`${name}\``);
    }
  });
});
