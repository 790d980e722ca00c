/**
 * The API's one way to Neo4j: a read of a statement from `cypher/read/` by name, with
 * parameters, through the executor (`executeRead` in a managed transaction). The
 * context gives each request its own, on a forked executor that counts its round trips.
 */
import neo4j from 'neo4j-driver';
import type { Executor, Params, Row } from '../graph/executor.ts';
import type { StatementRegistry } from '../graph/statements.ts';

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

export function readGraph(executor: Executor, registry: StatementRegistry): ReadGraph {
  return {
    read: <T = Row>(name: string, params: Params = {}) => executor.read<T>(registry.get(`read/${name}`), integers(params)),
    get roundTrips() {
      return executor.roundTrips;
    },
  };
}
