/**
 * The server's process: its pid file, and whether that pid is still our Neo4j (a pid
 * may be reused after a crash, so on Linux the command line is checked too).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { ServerPaths } from './paths.ts';

export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

/** The pid in the pid file, or null. */
export function readPid(paths: ServerPaths): number | null {
  if (!existsSync(paths.pidFile)) return null;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `pid` is alive and (where /proc exists) is the Neo4j started for `paths.dir`. */
export function isOurServer(pid: number, paths: ServerPaths): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  const args = readFileSync(cmdline, 'utf8').split('\0');
  return args.includes(ENTRY_POINT) && args.includes(`--home-dir=${paths.dir}`);
}

/** The pid of the running server, or null; a stale pid file is removed. */
export function runningPid(paths: ServerPaths): number | null {
  const pid = readPid(paths);
  if (pid === null) return null;
  if (isOurServer(pid, paths)) return pid;
  rmSync(paths.pidFile, { force: true });
  return null;
}

/** Resolves true once `pid` has exited, false after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(200);
  }
  return !isAlive(pid);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
