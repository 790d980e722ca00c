/**
 * `parley start`, what `npm start` runs: start the database (unless NEO4J_URI), apply
 * the schema, print where Neo4j Browser is and how to log in. Each step is its own
 * export so that later steps (seeding, serving) can be added in order.
 */
import { defineCommand } from 'citty';
import { loadConfig, type Config } from '../config.ts';
import { connect, migrate, type MigrateResult } from '../graph/index.ts';
import { formatStatus, serverStatus, startLocalServer } from '../graph/local-server/index.ts';

/** Starts the local Neo4j, or says that the user's own server (NEO4J_URI) is used. Idempotent. */
export async function startDatabase(config: Config, log: (line: string) => void = () => {}): Promise<void> {
  if (config.neo4j.uri) {
    log(`NEO4J_URI is set: using your own Neo4j at ${config.neo4j.uri}; Parley starts none.`);
    return;
  }
  const result = await startLocalServer(config, { log });
  log(result.started
    ? `Neo4j ${config.local.version} is up (pid ${result.pid}, ${(result.elapsedMs / 1000).toFixed(1)}s).`
    : `Neo4j is already running (pid ${result.pid}).`);
}

/** Applies cypher/schema to the configured server (see graph/migrate.ts). */
export async function applySchema(config: Config): Promise<MigrateResult> {
  const graph = connect(config);
  try {
    await graph.executor.verifyConnectivity();
    return await migrate(graph.executor);
  } finally {
    await graph.close();
  }
}

/** How to reach the database: Browser address, Bolt URI and credentials. */
export async function describeAccess(config: Config): Promise<string> {
  return formatStatus(await serverStatus(config));
}

export default defineCommand({
  meta: { name: 'start', description: 'Start Neo4j, apply the schema, and print the Neo4j Browser address and credentials' },
  async run() {
    const config = loadConfig();
    const log = (line: string) => console.log(line);
    await startDatabase(config, log);
    const schema = await applySchema(config);
    log(`Schema applied (${schema.applied.length} constraints and indexes).`);
    log('');
    log(await describeAccess(config));
  },
});
