import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo, type Graph } from '../../src/graph/index.ts';
import { freePort } from '../../src/graph/local-server/index.ts';
import { openTestGraph, resetDatabase, testConnection } from './test-graph.ts';

const upsert = { name: 'test/upsert-state', text: 'UNWIND $rows AS row MERGE (s:State {id: row.id}) SET s.name = row.name RETURN count(*) AS n' };
const byId = { name: 'test/state-by-id', text: 'MATCH (s:State {id: $id}) RETURN s.id AS id, s.name AS name' };

describe('Executor against Neo4j', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await resetDatabase(graph.executor);
  });
  afterAll(() => graph?.close());

  it('writes and reads plain rows, integers as numbers', async () => {
    const rows = [{ id: 'state:FRA', name: 'France' }, { id: 'state:DEU', name: 'Germany' }];
    expect(await graph.executor.write(upsert, { rows })).toEqual([{ n: 2 }]);
    expect(await graph.executor.read(byId, { id: 'state:FRA' })).toEqual([{ id: 'state:FRA', name: 'France' }]);
  });

  it('runs several statements in one transaction', async () => {
    const names = await graph.executor.readTransaction(async (tx) => {
      const fra = await tx.run<{ name: string }>(byId, { id: 'state:FRA' });
      const deu = await tx.run<{ name: string }>(byId, { id: 'state:DEU' });
      return [fra[0]?.name, deu[0]?.name];
    });
    expect(names).toEqual(['France', 'Germany']);
  });

  it('counts round trips per executor and per fork', async () => {
    const request = graph.executor.fork();
    const before = graph.executor.roundTrips;
    await request.read(byId, { id: 'state:FRA' });
    await request.readTransaction(async (tx) => {
      await tx.run(byId, { id: 'state:FRA' });
      await tx.run(byId, { id: 'state:DEU' });
    });
    expect(request.roundTrips).toBe(3);
    expect(graph.executor.roundTrips - before).toBe(3);
  });

  it('reports a bad statement as NEO4J_QUERY naming it', async () => {
    await expect(graph.executor.read({ name: 'test/broken', text: 'MATCH (n RETURN n' })).rejects.toMatchObject({
      code: 'NEO4J_QUERY',
      message: expect.stringContaining('test/broken'),
    });
  });

  it('reports a wrong password as NEO4J_AUTH', async () => {
    const wrong = connectTo({ ...testConnection(), password: 'not-the-password' });
    try {
      await expect(wrong.executor.verifyConnectivity()).rejects.toMatchObject({ code: 'NEO4J_AUTH' });
    } finally {
      await wrong.close();
    }
  });

  it('reports a server that does not answer as NEO4J_UNAVAILABLE', async () => {
    const nowhere = connectTo({ ...testConnection(), uri: `bolt://127.0.0.1:${await freePort()}` }, { maxTransactionRetryTime: 500 });
    try {
      await expect(nowhere.executor.read(byId, { id: 'x' })).rejects.toMatchObject({ code: 'NEO4J_UNAVAILABLE' });
    } finally {
      await nowhere.close();
    }
  });

  it('reports a database that does not exist as CONFIG', async () => {
    const other = connectTo({ ...testConnection(), database: 'nosuchdatabase' });
    try {
      await expect(other.executor.read(byId, { id: 'x' })).rejects.toMatchObject({ code: 'CONFIG' });
    } finally {
      await other.close();
    }
  });
});
