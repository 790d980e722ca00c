/** Stops the local Neo4j gracefully: SIGTERM, then SIGKILL if it has not exited in time. */
import type { Config } from '../../config.ts';
import { serverPaths } from './paths.ts';
import { isAlive, runningPid, waitForExit } from './process.ts';
import { clearServerState } from './server-state.ts';

export interface StopResult {
  /** False when no server was running. */
  stopped: boolean;
  pid: number | null;
  /** True when SIGTERM was not enough. */
  killed: boolean;
}

/** Sends SIGTERM and waits `timeoutMs` for a clean shutdown, then SIGKILL. Returns true when it had to kill. */
export async function stopProcess(pid: number, timeoutMs: number): Promise<boolean> {
  if (!isAlive(pid)) return false;
  process.kill(pid, 'SIGTERM');
  if (await waitForExit(pid, timeoutMs)) return false;
  process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 10_000);
  return true;
}

/** Stops the server in `config.local.dir`, if it runs; data stays. */
export async function stopLocalServer(config: Config, options: { timeoutMs?: number } = {}): Promise<StopResult> {
  const paths = serverPaths(config.local.dir);
  const pid = runningPid(paths);
  if (pid === null) {
    clearServerState(paths);
    return { stopped: false, pid: null, killed: false };
  }
  const killed = await stopProcess(pid, options.timeoutMs ?? 60_000);
  clearServerState(paths);
  return { stopped: true, pid, killed };
}
