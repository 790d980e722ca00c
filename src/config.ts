/**
 * The only reader of `process.env`. Every setting has a documented default (the
 * README's Configuration table lists the same). Commands pass flag overrides in.
 */
import { resolve } from 'node:path';
import { ParleyError } from './errors.ts';

export interface Config {
  /** Folder for Parley's local state (Neo4j data, password, logs). `PARLEY_HOME`, default `.parley`. */
  home: string;
  neo4j: {
    /** A server of the user's own (`NEO4J_URI`); when set, Parley never starts one. */
    uri: string | null;
    /** `NEO4J_USERNAME`, default `neo4j`. */
    username: string;
    /** `NEO4J_PASSWORD`; for the local server, default: generated and kept in `<dir>/password`. */
    password: string | null;
    /** `NEO4J_DATABASE`, default `neo4j`. */
    database: string;
  };
  local: {
    /** `PARLEY_NEO4J_DIR`, default `<home>/neo4j`: data, conf, logs, pid. */
    dir: string;
    /** Neo4j version resolved from Maven Central. `PARLEY_NEO4J_VERSION`, default 5.26.x below. */
    version: string;
    /** Neo4j Browser (`org.neo4j.client:neo4j-browser`) served at /browser/. `PARLEY_NEO4J_BROWSER_VERSION`, default 5.24.0. */
    browserVersion: string;
    /** Java used to run Neo4j: `JAVA_HOME/bin/java` when `JAVA_HOME` is set, else `java` on the PATH. */
    java: string;
    /** `PARLEY_BOLT_PORT`, default 7687. */
    boltPort: number;
    /** `PARLEY_HTTP_PORT`, default 7474. */
    httpPort: number;
    /** `PARLEY_NEO4J_HEAP`, default `1g`. */
    heap: string;
    /** `PARLEY_NEO4J_PAGECACHE`, default `512m`. */
    pageCache: string;
    /** Seconds to wait for Bolt after start. `PARLEY_NEO4J_START_TIMEOUT`, default 120. */
    startTimeout: number;
  };
  api: {
    /** `PARLEY_API_HOST`, default 127.0.0.1. */
    host: string;
    /** `PARLEY_API_PORT`, default 4000. */
    port: number;
    /** GraphiQL and introspection. `PARLEY_GRAPHIQL`, default true. */
    graphiql: boolean;
    /** Allowed CORS origins, comma-separated; empty disables CORS. `PARLEY_CORS_ORIGINS`, default empty. */
    corsOrigins: string[];
    /** Per-request timeout in ms. `PARLEY_REQUEST_TIMEOUT_MS`, default 10000. */
    requestTimeoutMs: number;
    /** Maximum `first`. `PARLEY_MAX_PAGE_SIZE`, default 100. */
    maxPageSize: number;
  };
  /** `PARLEY_BATCH_SIZE`, default 50 articles per write transaction. */
  batchSize: number;
  /** Extraction worker threads. `PARLEY_WORKERS`; default (null): `parley extract` one per core, `parley seed` cores − 1, at least 1. */
  workers: number | null;
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ParleyError('CONFIG', `${name} must be a whole number, got "${raw}"`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ParleyError('CONFIG', `${name} must be true or false, got "${env[name]}"`);
}

/** Reads the configuration from the environment (by default `process.env`). */
export function loadConfig(env: Env = process.env): Config {
  const home = resolve(env.PARLEY_HOME || '.parley');
  return {
    home,
    neo4j: {
      uri: env.NEO4J_URI || null,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD || null,
      database: env.NEO4J_DATABASE || 'neo4j',
    },
    local: {
      dir: resolve(env.PARLEY_NEO4J_DIR || resolve(home, 'neo4j')),
      version: env.PARLEY_NEO4J_VERSION || '5.26.30',
      browserVersion: env.PARLEY_NEO4J_BROWSER_VERSION || '5.24.0',
      java: env.JAVA_HOME ? resolve(env.JAVA_HOME, 'bin', 'java') : 'java',
      boltPort: int(env, 'PARLEY_BOLT_PORT', 7687),
      httpPort: int(env, 'PARLEY_HTTP_PORT', 7474),
      heap: env.PARLEY_NEO4J_HEAP || '1g',
      pageCache: env.PARLEY_NEO4J_PAGECACHE || '512m',
      startTimeout: int(env, 'PARLEY_NEO4J_START_TIMEOUT', 120),
    },
    api: {
      host: env.PARLEY_API_HOST || '127.0.0.1',
      port: int(env, 'PARLEY_API_PORT', 4000),
      graphiql: bool(env, 'PARLEY_GRAPHIQL', true),
      corsOrigins: (env.PARLEY_CORS_ORIGINS || '').split(',').map((s) => s.trim()).filter(Boolean),
      requestTimeoutMs: int(env, 'PARLEY_REQUEST_TIMEOUT_MS', 10000),
      maxPageSize: int(env, 'PARLEY_MAX_PAGE_SIZE', 100),
    },
    batchSize: int(env, 'PARLEY_BATCH_SIZE', 50),
    workers: env.PARLEY_WORKERS ? int(env, 'PARLEY_WORKERS', 1) : null,
  };
}
