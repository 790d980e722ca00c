/**
 * What the integration global setup hands to tests (through vitest `provide`/`inject`):
 * the connection to the one Neo4j all `*.int.test.ts` files share, or why it could not
 * start.
 */
import type { Connection } from '../../src/graph/driver.ts';

export interface TestNeo4j {
  /** Set when no Neo4j could be started or reached; every integration test then fails with it. */
  error?: string;
  connection?: Connection;
  /** The HTTP connector (Neo4j Browser at `${httpUrl}/browser/`); null for PARLEY_TEST_NEO4J_URI. */
  httpUrl?: string | null;
  /** The throwaway server folder; null for PARLEY_TEST_NEO4J_URI. */
  dir?: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
