/**
 * Starts the local Neo4j: checks Java, resolves the jars with Maven (once), checks
 * the ports, writes the configuration, sets the initial password, launches the JVM
 * detached and waits until Bolt and HTTP answer.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import type { Config } from '../../config.ts';
import { ParleyError, isParleyError } from '../../errors.ts';
import { createDriver } from '../driver.ts';
import { mapNeo4jError } from '../map-neo4j-error.ts';
import { resolveClasspath } from './classpath.ts';
import { jvmArguments, renderNeo4jConf } from './neo4j-conf.ts';
import { serverPaths, type ServerPaths } from './paths.ts';
import { readPasswordFile, ensureInitialPassword } from './password.ts';
import { assertPortFree } from './ports.ts';
import { ENTRY_POINT, isAlive, runningPid, sleep } from './process.ts';
import { writeServerState, clearServerState, type ServerState } from './server-state.ts';
import { checkJava } from './prerequisites.ts';
import { stopProcess } from './stop.ts';
import { tailFile } from './tail.ts';

export interface StartResult {
  /** False when the server was already running and nothing was launched. */
  started: boolean;
  pid: number;
  /** Milliseconds from the call until Bolt and HTTP answered. */
  elapsedMs: number;
}

export interface StartOptions {
  /** Progress lines for the user (default: none). */
  log?: (line: string) => void;
}

/**
 * Starts the local server described by `config.local` unless it already runs.
 * Fails with JAVA_MISSING, MAVEN_MISSING, MAVEN_FAILED, PORT_IN_USE or
 * NEO4J_START_FAILED (with the end of the Neo4j log); a server that did not come
 * up in `startTimeout` seconds is stopped again.
 */
export async function startLocalServer(config: Config, options: StartOptions = {}): Promise<StartResult> {
  const began = Date.now();
  const log = options.log ?? (() => {});
  const { local } = config;
  const paths = serverPaths(local.dir);
  const existing = runningPid(paths);
  if (existing !== null) return { started: false, pid: existing, elapsedMs: 0 };

  checkJava(local.java);
  for (const dir of [paths.dir, paths.conf, paths.data, paths.logs, paths.run]) mkdirSync(dir, { recursive: true, mode: 0o700 });
  await assertPortFree(local.boltPort, 'Bolt', 'PARLEY_BOLT_PORT');
  await assertPortFree(local.httpPort, 'HTTP', 'PARLEY_HTTP_PORT');
  const classpath = await resolveClasspath(local, paths, log);
  writeFileSync(paths.confFile, renderNeo4jConf(local, paths));
  await ensureInitialPassword({ paths, java: local.java, classpath, configured: config.neo4j.password });

  log(`Starting Neo4j ${local.version} in ${paths.dir}…`);
  const pid = launch(local.java, classpath, local, paths);
  const state: ServerState = {
    pid,
    version: local.version,
    browserVersion: local.browserVersion,
    boltPort: local.boltPort,
    httpPort: local.httpPort,
    startedAt: new Date().toISOString(),
  };
  writeServerState(paths, state);
  try {
    await waitUntilReady(config, paths, pid);
  } catch (error) {
    if (isAlive(pid)) await stopProcess(pid, 30_000);
    clearServerState(paths);
    throw error;
  }
  return { started: true, pid, elapsedMs: Date.now() - began };
}

/** Spawns the JVM in its own session, its output in logs/console.log, and lets it outlive us. */
function launch(java: string, classpath: string, local: Config['local'], paths: ServerPaths): number {
  const out = openSync(paths.consoleLog, 'a');
  try {
    const child = spawn(
      java,
      [...jvmArguments(local), '-cp', classpath, ENTRY_POINT, `--home-dir=${paths.dir}`, `--config-dir=${paths.conf}`],
      { cwd: paths.dir, detached: true, stdio: ['ignore', out, out] },
    );
    child.on('error', () => {});
    child.unref();
    if (child.pid === undefined) throw new ParleyError('NEO4J_START_FAILED', `could not launch ${java}`);
    return child.pid;
  } finally {
    closeSync(out);
  }
}

/** Polls Bolt (driver.verifyConnectivity) and then HTTP until both answer, the process dies, or time runs out. */
async function waitUntilReady(config: Config, paths: ServerPaths, pid: number): Promise<void> {
  const { boltPort, httpPort, startTimeout } = config.local;
  const password = config.neo4j.password ?? readPasswordFile(paths) ?? '';
  const uri = `bolt://127.0.0.1:${boltPort}`;
  const driver = createDriver(
    { uri, username: 'neo4j', password, database: config.neo4j.database, external: false },
    { connectionTimeout: 2000, maxConnectionPoolSize: 1, logging: { level: 'error', logger: () => {} } },
  );
  const deadline = Date.now() + startTimeout * 1000;
  let boltUp = false;
  let lastError: unknown;
  try {
    while (Date.now() < deadline) {
      if (!isAlive(pid)) throw failure(paths, 'Neo4j exited during start-up');
      try {
        if (!boltUp) {
          await driver.verifyConnectivity({ database: config.neo4j.database });
          boltUp = true;
        }
        const response = await fetch(`http://127.0.0.1:${httpPort}/`);
        if (response.ok) return;
      } catch (error) {
        const mapped = mapNeo4jError(error, { uri });
        if (isParleyError(mapped) && mapped.code === 'NEO4J_AUTH') {
          throw new ParleyError('NEO4J_AUTH', `the local Neo4j is up but refuses the password${config.neo4j.password ? ' in NEO4J_PASSWORD' : ` in ${paths.passwordFile}`}`, {
            details: 'The initial password is set only before the first start. Use the original one, or remove the data folder to start afresh.',
          });
        }
        lastError = error;
      }
      await sleep(500);
    }
    throw failure(paths, `Neo4j did not answer on ${uri} within ${startTimeout}s (PARLEY_NEO4J_START_TIMEOUT)`, lastError);
  } finally {
    await driver.close();
  }
}

function failure(paths: ServerPaths, message: string, cause?: unknown): ParleyError {
  const log = tailFile(paths.neo4jLog, 20);
  const jvmOutput = tailFile(paths.consoleLog, 20);
  const details = [log && `${paths.neo4jLog}:\n${log}`, jvmOutput && `${paths.consoleLog}:\n${jvmOutput}`].filter(Boolean).join('\n');
  return new ParleyError('NEO4J_START_FAILED', message, { details: details || undefined, cause });
}
