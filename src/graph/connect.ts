/**
 * Opens Parley's graph: a driver and an executor for the server the configuration
 * points at. The usual entry point for commands and the API's composition root.
 */
import type { Config as DriverConfig, Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { connectionFor, createDriver, type Connection } from './driver.ts';
import { Executor } from './executor.ts';

export interface Graph {
  connection: Connection;
  driver: Driver;
  executor: Executor;
  /** Closes the driver; the executor (and its forks) are unusable afterwards. */
  close(): Promise<void>;
}

/** Connects lazily (the driver opens connections on first query); nothing is sent yet. */
export function connect(config: Config): Graph {
  return connectTo(connectionFor(config));
}

/** Same, for an explicit connection (tests, the integration global setup); `options` go to the driver. */
export function connectTo(connection: Connection, options: DriverConfig = {}): Graph {
  const driver = createDriver(connection, options);
  const executor = new Executor(driver, { database: connection.database, uri: connection.uri });
  return { connection, driver, executor, close: () => driver.close() };
}
