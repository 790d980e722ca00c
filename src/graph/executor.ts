/**
 * The one seam to Neo4j. Every query goes through an Executor, which names the
 * database, runs managed transactions (`executeRead`/`executeWrite`, retried by the
 * driver on transient failures, so a write must be safe to repeat: MERGE on natural
 * keys), turns driver errors into ParleyErrors, and counts round trips.
 */
import type { Driver, ManagedTransaction, ServerInfo } from 'neo4j-driver';
import { mapNeo4jError } from './map-neo4j-error.ts';
import type { Statement } from './statements.ts';

/** A record as a plain object, keyed by the RETURN column names. */
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** What a write changed, from the server's result summary. */
export interface UpdateCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
}

/** What a transaction function gets: run statements inside the one transaction. */
export interface QueryRunner {
  run<T = Row>(statement: Statement, params?: Params): Promise<T[]>;
  /** Runs a statement for its effect and returns the server's counts of what it changed. */
  update(statement: Statement, params?: Params): Promise<UpdateCounts>;
}

export interface ExecutorOptions {
  /** The database every session names. */
  database: string;
  /** The server address, for error messages. */
  uri?: string;
}

export class Executor {
  readonly database: string;
  readonly #driver: Driver;
  readonly #uri?: string;
  readonly #parent?: Executor;
  #roundTrips = 0;

  constructor(driver: Driver, options: ExecutorOptions, parent?: Executor) {
    this.#driver = driver;
    this.database = options.database;
    this.#uri = options.uri;
    this.#parent = parent;
  }

  /** Runs one statement in a read transaction and returns its rows. */
  read<T = Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    return this.readTransaction((tx) => tx.run<T>(statement, params));
  }

  /** Runs one statement in a write transaction and returns its rows. */
  write<T = Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    return this.writeTransaction((tx) => tx.run<T>(statement, params));
  }

  /** Runs `work` in one read transaction; the driver may retry it. */
  readTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.#transaction('READ', work);
  }

  /** Runs `work` in one write transaction; the driver may retry it, so it must be safe to repeat. */
  writeTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.#transaction('WRITE', work);
  }

  /**
   * Queries sent to Neo4j by this executor and the ones forked from it (a retried
   * transaction counts again). API tests read it to count round trips per request.
   */
  get roundTrips(): number {
    return this.#roundTrips;
  }

  resetRoundTrips(): void {
    this.#roundTrips = 0;
  }

  /**
   * An executor on the same driver with a counter of its own (for example one per
   * GraphQL request); its queries count in this executor's counter as well.
   */
  fork(): Executor {
    return new Executor(this.#driver, { database: this.database, uri: this.#uri }, this);
  }

  /** Checks that the server answers and accepts the credentials; returns what it reports of itself. */
  async verifyConnectivity(): Promise<ServerInfo> {
    try {
      return await this.#driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw mapNeo4jError(error, { uri: this.#uri, database: this.database });
    }
  }

  #count(): void {
    for (let e: Executor | undefined = this; e; e = e.#parent) e.#roundTrips += 1;
  }

  async #transaction<T>(mode: 'READ' | 'WRITE', work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    const session = this.#driver.session({ database: this.database, defaultAccessMode: mode });
    let current: string | undefined;
    const runner = (tx: ManagedTransaction): QueryRunner => ({
      run: async <R>(statement: Statement, params: Params = {}) => {
        current = statement.name;
        this.#count();
        const result = await tx.run(statement.text, params);
        return result.records.map((record) => record.toObject() as R);
      },
      update: async (statement: Statement, params: Params = {}) => {
        current = statement.name;
        this.#count();
        const result = await tx.run(statement.text, params);
        const u = result.summary.counters.updates();
        return {
          nodesCreated: u.nodesCreated, nodesDeleted: u.nodesDeleted, relationshipsCreated: u.relationshipsCreated,
          relationshipsDeleted: u.relationshipsDeleted, propertiesSet: u.propertiesSet, labelsAdded: u.labelsAdded,
        };
      },
    });
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(runner(tx)))
        : await session.executeWrite((tx) => work(runner(tx)));
    } catch (error) {
      throw mapNeo4jError(error, { uri: this.#uri, database: this.database, statement: current });
    } finally {
      await session.close();
    }
  }
}
