/**
 * Every analysts' query in cypher/explore runs on the sample graph (seed/) as Neo4j
 * Browser would run the file pasted as it is: each `:param name => expression` line is
 * evaluated the way Browser evaluates it (`RETURN expression AS name`), then the
 * statement runs with those parameters and returns at least one row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/index.ts';
import { exploreFiles, type ExploreFile } from '../support/explore-file.ts';
import { openSampleGraph } from './sample-graph.ts';

const files = exploreFiles();

/** The parameters the file's `:param` lines set, evaluated by the server as Browser has them evaluated. */
async function browserParams(graph: Graph, file: ExploreFile): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = {};
  for (const { name, expression } of file.params) {
    const [row] = await graph.executor.read<{ value: unknown }>({ name: `explore/${file.name}:param ${name}`, text: `RETURN ${expression} AS value` });
    params[name] = row!.value;
  }
  return params;
}

describe('the explore queries on the sample graph', () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = await openSampleGraph();
  });
  afterAll(() => graph?.close());

  it('are at least six, each setting its parameters with :param lines', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) expect(file.params.length, file.name).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s runs pasted as it is and returns rows', async (_name, file) => {
    const params = await browserParams(graph, file);
    const rows = await graph.executor.read({ name: `explore/${file.name}`, text: file.query }, params);
    expect(rows.length, `${file.name} with ${JSON.stringify(params)}`).toBeGreaterThan(0);
  });
});
