/**
 * The state of Parley's Neo4j, for `parley db status` (human and `--json`) and for
 * scripts: the local server (from its pid and state files) or, when NEO4J_URI is
 * set, the user's own server (reachable or not).
 */
import type { Config } from '../../config.ts';
import { isParleyError } from '../../errors.ts';
import { connectionFor, createDriver } from '../driver.ts';
import { mapNeo4jError } from '../map-neo4j-error.ts';
import { serverPaths } from './paths.ts';
import { readPasswordFile } from './password.ts';
import { runningPid } from './process.ts';
import { readServerState } from './server-state.ts';

export interface ServerStatus {
  /** Local: the process runs. External: the server answered. */
  running: boolean;
  boltUri: string;
  /** Neo4j Browser; null for an external server. */
  browserUrl: string | null;
  username: string;
  /** Null for an external server (it is the user's own) and before the first start. */
  password: string | null;
  /** Where the generated password is kept; null when NEO4J_PASSWORD is used. */
  passwordFile: string | null;
  pid: number | null;
  /** The local server folder; null for an external server. */
  dir: string | null;
  /** Neo4j version: the one started (local) or the one the server reports (external). */
  version: string | null;
  external: boolean;
  /** Why an external server could not be reached. */
  error?: string;
}

/** Describes the local server without contacting it. */
export function localServerStatus(config: Config): ServerStatus {
  const paths = serverPaths(config.local.dir);
  const pid = runningPid(paths);
  const state = pid === null ? null : readServerState(paths);
  const boltPort = state?.boltPort ?? config.local.boltPort;
  const httpPort = state?.httpPort ?? config.local.httpPort;
  const usesFile = config.neo4j.password === null;
  return {
    running: pid !== null,
    boltUri: `bolt://127.0.0.1:${boltPort}`,
    browserUrl: `http://127.0.0.1:${httpPort}/browser/`,
    username: 'neo4j',
    password: usesFile ? readPasswordFile(paths) : config.neo4j.password,
    passwordFile: usesFile ? paths.passwordFile : null,
    pid,
    dir: paths.dir,
    version: state?.version ?? config.local.version,
    external: false,
  };
}

/** Describes the user's own server (NEO4J_URI), trying to reach it once. */
export async function externalServerStatus(config: Config): Promise<ServerStatus> {
  const status: ServerStatus = {
    running: false,
    boltUri: config.neo4j.uri ?? '',
    browserUrl: null,
    username: config.neo4j.username,
    password: null,
    passwordFile: null,
    pid: null,
    dir: null,
    version: null,
    external: true,
  };
  try {
    const driver = createDriver(connectionFor(config), { connectionTimeout: 5000, logging: { level: 'error', logger: () => {} } });
    try {
      const info = await driver.verifyConnectivity({ database: config.neo4j.database });
      status.running = true;
      status.version = info.agent?.replace(/^Neo4j\//, '') ?? null;
    } finally {
      await driver.close();
    }
  } catch (error) {
    const mapped = mapNeo4jError(error, { uri: config.neo4j.uri ?? undefined, database: config.neo4j.database });
    status.error = isParleyError(mapped) ? `${mapped.message} [${mapped.code}]` : String((mapped as Error)?.message ?? mapped);
  }
  return status;
}

/** The status of whichever server the configuration points at. */
export function serverStatus(config: Config): Promise<ServerStatus> {
  return config.neo4j.uri ? externalServerStatus(config) : Promise.resolve(localServerStatus(config));
}

/** The human form of a status, one `label: value` per line. */
export function formatStatus(status: ServerStatus): string {
  const state = status.external
    ? status.running ? 'reachable (your own server, NEO4J_URI)' : `not reachable (your own server, NEO4J_URI)${status.error ? `: ${status.error}` : ''}`
    : status.running ? `running (pid ${status.pid})` : 'not running';
  const rows: [string, string | null][] = [
    ['Neo4j', `${state}`],
    ['Version', status.version],
    ['Bolt', status.boltUri],
    ['Browser', status.browserUrl],
    ['Username', status.username],
    ['Password', status.password ?? (status.external ? '(from NEO4J_PASSWORD)' : '(set on first start)')],
    ['Password file', status.passwordFile],
    ['Folder', status.dir],
  ];
  return rows.filter(([, value]) => value !== null).map(([label, value]) => `${`${label}:`.padEnd(15)}${value}`).join('\n');
}
