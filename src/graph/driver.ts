/**
 * The driver factory: where Parley's Neo4j is and how to log in. Either a server of
 * the user's own (NEO4J_URI with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; any
 * scheme the driver knows: bolt://, neo4j:// routing to a cluster, neo4j+s:// for
 * Aura) or the local server that `parley db start` manages.
 */
import neo4j, { type Config as DriverConfig, type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { ParleyError } from '../errors.ts';
import { serverPaths } from './local-server/paths.ts';
import { readPasswordFile } from './local-server/password.ts';
import { readServerState } from './local-server/server-state.ts';
import { useTcpNoDelay } from './tcp-no-delay.ts';

export interface Connection {
  uri: string;
  username: string;
  password: string;
  /** Every query names it (NEO4J_DATABASE, default `neo4j`). */
  database: string;
  /** True for a server of the user's own (NEO4J_URI). */
  external: boolean;
}

/** The Bolt address of the local server: the ports it was started with, else the configured ones. */
export function localBoltUri(config: Config): string {
  const state = readServerState(serverPaths(config.local.dir));
  return `bolt://127.0.0.1:${state?.boltPort ?? config.local.boltPort}`;
}

/**
 * The connection the configuration describes. For the local server the password is
 * NEO4J_PASSWORD or the generated one in `<dir>/password` (NEO4J_NOT_RUNNING before
 * the first `parley db start`).
 */
export function connectionFor(config: Config): Connection {
  const { uri, username, password, database } = config.neo4j;
  if (uri) {
    if (password === null) throw new ParleyError('CONFIG', 'NEO4J_URI is set but NEO4J_PASSWORD is not');
    return { uri, username, password, database, external: true };
  }
  const local = password ?? readPasswordFile(serverPaths(config.local.dir));
  if (local === null) {
    throw new ParleyError('NEO4J_NOT_RUNNING', `the local Neo4j in ${config.local.dir} has no password yet: run \`parley db start\``);
  }
  return { uri: localBoltUri(config), username: 'neo4j', password: local, database, external: false };
}

/**
 * Creates a driver for `connection`. Integers come back as JavaScript numbers
 * (`disableLosslessIntegers`): Parley's keys are strings and its counts are small.
 * Its sockets go without Nagle's algorithm (`useTcpNoDelay`: 40 ms less a query).
 * The caller owns the driver and closes it.
 */
export function createDriver(connection: Connection, options: DriverConfig = {}): Driver {
  useTcpNoDelay();
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    disableLosslessIntegers: true,
    userAgent: 'parley/0.1.0',
    ...options,
  });
}
