/**
 * What `parley db start` launched (version, ports, pid), written next to the pid
 * file, so that `status` and `stop` describe the running server even when the
 * configuration has changed since.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerPaths } from './paths.ts';

export interface ServerState {
  pid: number;
  version: string;
  browserVersion: string;
  boltPort: number;
  httpPort: number;
  startedAt: string;
}

/** Parses the state file's text; null when it is not a complete state. */
export function parseServerState(text: string): ServerState | null {
  try {
    const value = JSON.parse(text) as Partial<ServerState>;
    const complete =
      Number.isInteger(value.pid) &&
      typeof value.version === 'string' &&
      typeof value.browserVersion === 'string' &&
      Number.isInteger(value.boltPort) &&
      Number.isInteger(value.httpPort) &&
      typeof value.startedAt === 'string';
    return complete ? (value as ServerState) : null;
  } catch {
    return null;
  }
}

export function readServerState(paths: ServerPaths): ServerState | null {
  return existsSync(paths.stateFile) ? parseServerState(readFileSync(paths.stateFile, 'utf8')) : null;
}

export function writeServerState(paths: ServerPaths, state: ServerState): void {
  writeFileSync(paths.pidFile, `${state.pid}\n`);
  writeFileSync(paths.stateFile, `${JSON.stringify(state, null, 2)}\n`);
}

export function clearServerState(paths: ServerPaths): void {
  rmSync(paths.pidFile, { force: true });
  rmSync(paths.stateFile, { force: true });
}
