/**
 * The API's composition root: the executable schema, the per-request context on the
 * graph executor, and the plugins (limits, error masking, timeout, health), served by
 * graphql-yoga at /graphql. `createApi` builds the handler (tests may call
 * `yoga.fetch` in process); `startApiServer` also listens on HTTP.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { ParleyError } from '../errors.ts';
import type { Executor } from '../graph/executor.ts';
import { statements as defaultRegistry, type StatementRegistry } from '../graph/statements.ts';
import { contextFactory, type ApiContext } from './context.ts';
import { graphiqlTabs } from './examples.ts';
import { DEFAULT_LIMITS, useArmor, type ArmorLimits } from './plugins/armor.ts';
import { createMaskError, type ErrorLog } from './plugins/mask-error.ts';
import { useLimitErrors } from './plugins/use-limit-errors.ts';
import { useGraphHealth } from './plugins/use-graph-health.ts';
import { useNoIntrospection } from './plugins/use-no-introspection.ts';
import { useRequestTimeout } from './plugins/use-request-timeout.ts';
import { buildSchema } from './schema.ts';

export interface ApiOptions {
  /** The graph seam; each request reads through a fork of it. */
  executor: Executor;
  /** `config.api`: GraphiQL and introspection, CORS origins, request timeout, maximum page size. */
  api: Config['api'];
  /** Where `cypher/read/` statements come from. Default: the repository's registry. */
  registry?: StatementRegistry;
  /** Query limits. Default `DEFAULT_LIMITS` (depth 12, cost 5000, 15 aliases, 2000 tokens, 20 directives). */
  limits?: ArmorLimits;
  /** Where masked errors are logged. Default: stderr. */
  log?: ErrorLog;
}

export type ParleyYoga = YogaServerInstance<Record<string, never>, ApiContext>;

export function createApi(options: ApiOptions): ParleyYoga {
  const { executor, api } = options;
  const log = options.log ?? ((line: string) => console.error(`parley api: ${line}`));
  return createYoga<Record<string, never>, ApiContext>({
    schema: buildSchema(),
    context: contextFactory({ executor, registry: options.registry ?? defaultRegistry, maxPageSize: api.maxPageSize }),
    graphqlEndpoint: '/graphql',
    // Yoga's liveness check; /health (below) also asks Neo4j.
    healthCheckEndpoint: '/live',
    landingPage: false,
    // Errors are logged by the masking step (`log`), once.
    logging: false,
    cors: api.corsOrigins.length ? { origin: api.corsOrigins, methods: ['GET', 'POST'] } : false,
    graphiql: api.graphiql ? { title: 'Parley GraphiQL', defaultTabs: graphiqlTabs(), shouldPersistHeaders: false } : false,
    renderGraphiQL,
    maskedErrors: { maskError: createMaskError(log), isDev: false },
    plugins: [
      useArmor(options.limits ?? DEFAULT_LIMITS, { suggestions: api.graphiql }),
      useLimitErrors(api.maxPageSize),
      ...(api.graphiql ? [] : [useNoIntrospection()]),
      useRequestTimeout(api.requestTimeoutMs),
      useGraphHealth({ ping: () => executor.verifyConnectivity() }),
    ],
  });
}

export interface RunningApi {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** The port listened on (useful with port 0). */
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Serves the API on `api.host`:`api.port` (port 0: any free port). */
export async function startApiServer(options: ApiOptions): Promise<RunningApi> {
  const yoga = createApi(options);
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE'
        ? new ParleyError('PORT_IN_USE', `port ${options.api.port} on ${options.api.host} is in use: choose another with --port or PARLEY_API_PORT`)
        : error));
    server.listen(options.api.port, options.api.host, () => {
      server.removeAllListeners('error');
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.api.host.includes(':') ? `[${options.api.host}]` : options.api.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
