/**
 * `parley start`, what `npm start` runs: start the database (unless NEO4J_URI), apply
 * the schema, seed the sample dumps in `seed/` (a re-run passes over what is already
 * there), serve the GraphQL API, and print the addresses to open. Each step is its own
 * export; `--no-seed` and `--no-serve` leave steps out.
 */
import { defineCommand } from 'citty';
import { loadConfig, type Config } from '../config.ts';
import { connect, migrate, type MigrateResult } from '../graph/index.ts';
import { formatStatus, serverStatus, startLocalServer } from '../graph/local-server/index.ts';
import { formatSummary, seedPaths } from './seed.ts';
import { serve } from './serve.ts';

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
  meta: { name: 'start', description: 'Start Neo4j, apply the schema, seed the sample dumps in seed/ and serve the GraphQL API' },
  args: {
    seed: { type: 'boolean', default: true, description: 'Seed the sample dumps (--no-seed to leave the graph as it is)' },
    serve: { type: 'boolean', default: true, description: 'Serve the GraphQL API afterwards (--no-serve to stop after seeding)' },
    paths: { type: 'positional', required: false, description: 'Dumps to seed instead of seed/' },
  },
  async run({ args }) {
    const config = loadConfig();
    const log = (line: string) => console.log(line);
    await startDatabase(config, log);
    const schema = await applySchema(config);
    log(`Schema applied (${schema.applied.length} constraints and indexes).`);
    if (args.seed) {
      const paths = (args._ as string[]).length ? (args._ as string[]) : ['seed'];
      log(`Seeding ${paths.join(', ')} ...`);
      const summary = await seedPaths(paths, { config, startServer: false, schemaApplied: true, progress: 'auto', log });
      log(formatSummary(summary));
    }
    log('');
    log(await describeAccess(config));
    if (!args.serve) return;
    log('');
    const api = await serve(config, log, true);
    log('Press Ctrl-C to stop the API (the database keeps running: `npx parley db stop` stops it).');
    await new Promise<void>((resolve) => {
      const stop = () => void api.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
});
