/**
 * `parley serve [--host H] [--port P]`: serves the GraphQL API (default
 * http://127.0.0.1:4000/graphql, GraphiQL at the same address in a browser) over the
 * configured Neo4j, after applying the schema. Stops cleanly on Ctrl-C.
 */
import { defineCommand } from 'citty';
import { loadConfig, type Config } from '../config.ts';
import { ParleyError } from '../errors.ts';
import { connect, migrate } from '../graph/index.ts';
import { startApiServer, type RunningApi } from '../api/server.ts';

function port(raw: unknown, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ParleyError('USAGE', `--port must be a port number, got "${raw}"`);
  return n;
}

/** Connects, applies the schema (unless `schemaApplied`, as after `parley start` applied it) and serves until told to stop. */
export async function serve(config: Config, log: (line: string) => void = console.log, schemaApplied = false): Promise<RunningApi> {
  const graph = connect(config);
  try {
    await graph.executor.verifyConnectivity();
    if (!schemaApplied) await migrate(graph.executor);
    const api = await startApiServer({ executor: graph.executor, api: config.api });
    log(`GraphQL API at ${api.url}${config.api.graphiql ? ' (GraphiQL: open it in a browser)' : ''}; health at ${api.url.replace(/\/graphql$/, '/health')}`);
    return { ...api, close: async () => { await api.close(); await graph.close(); } };
  } catch (error) {
    await graph.close();
    throw error;
  }
}

export default defineCommand({
  meta: { name: 'serve', description: 'Serve the GraphQL API (and GraphiQL) over the graph' },
  args: {
    host: { type: 'string', description: 'Address to listen on (PARLEY_API_HOST, default 127.0.0.1)' },
    port: { type: 'string', description: 'Port to listen on (PARLEY_API_PORT, default 4000)' },
  },
  async run({ args }) {
    const config = loadConfig();
    config.api.host = args.host ?? config.api.host;
    config.api.port = port(args.port, config.api.port);
    const api = await serve(config);
    await new Promise<void>((resolve) => {
      const stop = () => void api.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
});
