/**
 * The API's one way to Neo4j: a read of a statement from `cypher/read/` by name, with
 * parameters, through the executor (`executeRead` in a managed transaction). The
 * context gives each request its own, on a forked executor that counts its round trips.
 *
 * The reads a request asks for in the same turn of the event loop (the DataLoaders of
 * one level of the query dispatch together) run in one read transaction, pipelined on
 * one connection: one session, BEGIN and COMMIT for them all instead of one each, and
 * one snapshot of the graph. They settle together, so that the next level's reads
 * gather into one transaction as well.
 */
import neo4j from 'neo4j-driver';
import type { Executor, Params, Row } from '../graph/executor.ts';
import type { Statement, StatementRegistry } from '../graph/statements.ts';
import type { ReadLimiter } from './read-limiter.ts';

export interface ReadGraph {
  /** Runs `cypher/read/<name>.cypher` with `params` and returns its rows. */
  read<T = Row>(name: string, params?: Params): Promise<T[]>;
  /** Round trips made so far through this reader. */
  readonly roundTrips: number;
}

/**
 * Whole numbers go as Cypher integers: JavaScript numbers are sent as floats, which
 * LIMIT and SKIP refuse (and an integer compares with a float as expected).
 */
function integers(params: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v;
  return out;
}

interface Pending {
  statement: Statement;
  params: Params;
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

/** `limiter`: shared by the requests of one server, bounds the transactions in flight. */
export function readGraph(executor: Executor, registry: StatementRegistry, limiter?: ReadLimiter): ReadGraph {
  let pending: Pending[] | null = null;
  const flush = () => {
    const batch = pending!;
    pending = null;
    // The reads settle together, once all have answered: what the resolvers ask next
    // then falls in one turn too (one batch per loader, one transaction) instead of one
    // per read. A retried transaction runs every read again; only its answers count.
    const work = () => executor.readTransaction((tx) => Promise.all(batch.map((p) => tx.run(p.statement, p.params))));
    (limiter ? limiter.run(work) : work())
      .then((answers) => batch.forEach((p, i) => p.resolve(answers[i])), (error) => batch.forEach((p) => p.reject(error)));
  };
  return {
    read: <T = Row>(name: string, params: Params = {}) =>
      new Promise<T[]>((resolve, reject) => {
        const statement = registry.get(`read/${name}`);
        if (pending === null) {
          pending = [];
          setImmediate(flush);
        }
        pending.push({ statement, params: integers(params), resolve: resolve as (rows: unknown[]) => void, reject });
      }),
    get roundTrips() {
      return executor.roundTrips;
    },
  };
}
