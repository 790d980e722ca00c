import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statements, type Graph } from '../../src/graph/index.ts';
import { openTestGraph, resetDatabase } from './test-graph.ts';

/** Schema commands and SHOW cannot be EXPLAINed; the schema test runs those for real. */
const explainable = statements.list().filter((s) => !s.name.startsWith('schema/') && !/^\s*(?:\/\/[^\n]*\n\s*)*SHOW\b/i.test(s.text));

describe('every statement in cypher/', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetDatabase(graph.executor);
  });
  afterAll(() => graph?.close());

  it('finds statements to check', () => {
    expect(explainable.length).toBeGreaterThan(0);
  });

  it.each(explainable.map((s) => [s.name, s] as const))('%s parses and plans (EXPLAIN)', async (_name, statement) => {
    await graph.executor.read({ name: statement.name, text: `EXPLAIN ${statement.text}` });
  });
});
