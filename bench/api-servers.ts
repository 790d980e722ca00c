/**
 * The servers `npm run bench:api` measures, in a process of their own (so that the load
 * generator, autocannon, does not share their event loop): Parley's API and
 * @neo4j/graphql over the same database. Started with `fork`; prints nothing, sends
 * `{ parley, neo4jGraphql }` (the endpoints) once listening, and answers `'cpu'` with
 * its CPU time so far (`process.cpuUsage()`, in µs).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/graph/index.ts';
import { startApiServer } from '../src/api/server.ts';
import { startNeo4jGraphQL } from './api-neo4j-graphql.ts';

export interface BenchServers {
  parley: string;
  neo4jGraphql: string;
  /** The servers' process CPU time so far, user + system, in ms. */
  cpuMs(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Forks this module as the servers' process and waits until both listen. `cpuProf`: a
 * folder for a V8 CPU profile of that process, written when it exits (node --cpu-prof).
 */
export async function startBenchServers({ cpuProf }: { cpuProf?: string } = {}): Promise<BenchServers> {
  const execArgv = ['--import', 'tsx', ...(cpuProf ? ['--cpu-prof', '--cpu-prof-dir', cpuProf] : [])];
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const urls = await new Promise<{ parley: string; neo4jGraphql: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { parley: string; neo4jGraphql: string }));
    child.once('exit', (code) => reject(new Error(`the bench servers exited (${code}) before listening`)));
  });
  return {
    ...urls,
    cpuMs: () =>
      new Promise((resolve) => {
        child.once('message', (m) => {
          const { user, system } = m as { user: number; system: number };
          resolve((user + system) / 1000);
        });
        child.send('cpu');
      }),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send('close');
      }),
  };
}

async function serve(): Promise<void> {
  const config = loadConfig();
  const graph = connect(config);
  const parley = await startApiServer({ executor: graph.executor, api: { ...config.api, host: '127.0.0.1', port: 0 }, log: (l) => console.error(l) });
  const other = await startNeo4jGraphQL(graph.driver, graph.connection.database);
  process.on('message', async (m) => {
    if (m === 'cpu') process.send!(process.cpuUsage());
    if (m === 'close') {
      await parley.close();
      await other.close();
      await graph.close();
      process.exit(0);
    }
  });
  process.send!({ parley: parley.url, neo4jGraphql: other.url });
}

if (process.argv.includes('--serve')) await serve();
