/**
 * Where the local Neo4j keeps everything: one folder (`PARLEY_NEO4J_DIR`, default
 * `.parley/neo4j`) holding configuration, data, logs, the password and the pid.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface ServerPaths {
  /** The folder itself; also Neo4j's `--home-dir`. */
  dir: string;
  /** Neo4j's `--config-dir`, holding the generated `neo4j.conf`. */
  conf: string;
  confFile: string;
  data: string;
  /** Written by `set-initial-password`; present once a password has been set. */
  authFile: string;
  logs: string;
  neo4jLog: string;
  debugLog: string;
  /** The JVM's own stdout and stderr (crashes before Neo4j's logging starts land here). */
  consoleLog: string;
  run: string;
  /** The JVM's process id while it runs. */
  pidFile: string;
  /** What was started: version and ports (see server-state.ts). */
  stateFile: string;
  /** The generated password, mode 0600. */
  passwordFile: string;
  /**
   * The generated pom.xml and the classpath Maven resolved from it, per user
   * (`~/.cache/parley/neo4j`), like the jars in ~/.m2 it lists: a new server folder
   * then starts without running Maven.
   */
  runtime: string;
}

export function serverPaths(dir: string): ServerPaths {
  const logs = join(dir, 'logs');
  const run = join(dir, 'run');
  return {
    dir,
    conf: join(dir, 'conf'),
    confFile: join(dir, 'conf', 'neo4j.conf'),
    data: join(dir, 'data'),
    authFile: join(dir, 'data', 'dbms', 'auth.ini'),
    logs,
    neo4jLog: join(logs, 'neo4j.log'),
    debugLog: join(logs, 'debug.log'),
    consoleLog: join(logs, 'console.log'),
    run,
    pidFile: join(run, 'neo4j.pid'),
    stateFile: join(run, 'server.json'),
    passwordFile: join(dir, 'password'),
    runtime: join(homedir(), '.cache', 'parley', 'neo4j'),
  };
}

/** The cached classpath for one Neo4j and Browser version pair. */
export function classpathFile(paths: ServerPaths, version: string, browserVersion: string): string {
  return join(paths.runtime, `classpath-${version}-browser-${browserVersion}.txt`);
}
