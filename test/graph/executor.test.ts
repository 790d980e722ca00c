import type { Driver } from 'neo4j-driver';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Executor } from '../../src/graph/executor.ts';

/** A driver stand-in that records sessions and answers every query with `rows`. */
function fakeDriver(rows: Record<string, unknown>[] = [], fail?: Error) {
  const sessions: { database?: string; defaultAccessMode?: string }[] = [];
  const queries: string[] = [];
  const tx = {
    run: async (text: string) => {
      queries.push(text);
      if (fail) throw fail;
      return { records: rows.map((row) => ({ toObject: () => row })) };
    },
  };
  const driver = {
    session(options: { database?: string; defaultAccessMode?: string }) {
      sessions.push(options);
      return {
        executeRead: (work: (t: typeof tx) => unknown) => work(tx),
        executeWrite: (work: (t: typeof tx) => unknown) => work(tx),
        close: async () => {},
      };
    },
  } as unknown as Driver;
  return { driver, sessions, queries };
}

const statement = { name: 'read/test', text: 'RETURN 1 AS one' };

describe('Executor', () => {
  it('names the database in every session and uses the mode asked for', async () => {
    const fake = fakeDriver([{ one: 1 }]);
    const executor = new Executor(fake.driver, { database: 'parley' });
    expect(await executor.read(statement)).toEqual([{ one: 1 }]);
    await executor.write(statement);
    expect(fake.sessions).toEqual([
      { database: 'parley', defaultAccessMode: 'READ' },
      { database: 'parley', defaultAccessMode: 'WRITE' },
    ]);
  });

  it('counts each query as a round trip, in forks and in their parent', async () => {
    const executor = new Executor(fakeDriver().driver, { database: 'neo4j' });
    const request = executor.fork();
    await request.readTransaction(async (tx) => {
      await tx.run(statement);
      await tx.run(statement);
    });
    await executor.read(statement);
    expect(request.roundTrips).toBe(2);
    expect(executor.roundTrips).toBe(3);
    executor.resetRoundTrips();
    expect(executor.roundTrips).toBe(0);
  });

  it('turns a driver error into a ParleyError naming the statement', async () => {
    const failing = fakeDriver([], new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A'));
    const executor = new Executor(failing.driver, { database: 'neo4j' });
    await expect(executor.read(statement)).rejects.toMatchObject({ code: 'NEO4J_QUERY', message: expect.stringContaining('read/test') });
  });
});
