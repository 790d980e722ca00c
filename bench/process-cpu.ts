/**
 * CPU time of another process (the Neo4j server, the API's process) for the benchmarks,
 * from /proc/<pid>/stat (Linux): utime + stime, in clock ticks (USER_HZ 100).
 */
import { readFileSync } from 'node:fs';

/** CPU time (user + system, ms) of process `pid` so far; null where there is none (no pid, not Linux, gone). */
export function processCpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
