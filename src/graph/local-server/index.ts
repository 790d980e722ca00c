/** The local Neo4j that Parley manages: start, stop, status, logs. */
export { startLocalServer, type StartResult, type StartOptions } from './start.ts';
export { stopLocalServer, type StopResult } from './stop.ts';
export { serverStatus, localServerStatus, externalServerStatus, formatStatus, type ServerStatus } from './status.ts';
export { serverPaths, type ServerPaths } from './paths.ts';
export { tailFile } from './tail.ts';
export { freePort, isPortFree } from './ports.ts';
