/**
 * `parley db start | status --json | stop` as a user runs them, as subprocesses against
 * a server folder and ports of this test's own (not the shared integration server).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo, type Connection } from '../../src/graph/index.ts';
import { freePort } from '../../src/graph/local-server/index.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/parley.mjs', import.meta.url).pathname;

describe('parley db (the command line) on a server folder of its own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-neo4j-'));
  let env: NodeJS.ProcessEnv;

  async function parley(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, timeout: 280_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    }
  }

  async function status() {
    const result = await parley('db', 'status', '--json');
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as { running: boolean; boltUri: string; username: string; password: string; passwordFile: string; pid: number | null; external: boolean };
  }

  async function query<T>(connection: Connection, text: string, write = false): Promise<T[]> {
    const graph = connectTo(connection);
    try {
      const statement = { name: 'test/cli', text };
      return write ? await graph.executor.write<T>(statement) : await graph.executor.read<T>(statement);
    } finally {
      await graph.close();
    }
  }

  beforeAll(async () => {
    const bolt = await freePort();
    let http = await freePort();
    while (http === bolt) http = await freePort();
    env = {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_PASSWORD: '',
      PARLEY_NEO4J_DIR: dir,
      PARLEY_BOLT_PORT: String(bolt),
      PARLEY_HTTP_PORT: String(http),
      PARLEY_NEO4J_HEAP: '512m',
      PARLEY_NEO4J_PAGECACHE: '128m',
    };
  });

  afterAll(async () => {
    await parley('db', 'stop');
    rmSync(dir, { recursive: true, force: true });
  });

  it('start brings Neo4j up; status --json reports it with a generated password kept 0600', async () => {
    const started = await parley('db', 'start');
    expect(started.code, started.stderr + started.stdout).toBe(0);
    const s = await status();
    expect(s).toMatchObject({ running: true, username: 'neo4j', external: false });
    expect(s.password).toMatch(/^\S{16,}$/);
    expect(statSync(s.passwordFile).mode & 0o777).toBe(0o600);
    const [row] = await query<{ one: number }>(connectionOf(s), 'RETURN 1 AS one');
    expect(row).toEqual({ one: 1 });
  });

  it('start again says it is already running', async () => {
    const again = await parley('db', 'start');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already running');
  });

  it('keeps data across stop and start', async () => {
    const before = await status();
    await query(connectionOf(before), "CREATE (:Probe {id: 'kept'})", true);
    const stopped = await parley('db', 'stop');
    expect(stopped.code, stopped.stderr).toBe(0);
    expect((await status()).running).toBe(false);
    expect((await parley('db', 'start')).code).toBe(0);
    const after = await status();
    expect(after.password).toBe(before.password);
    const rows = await query<{ id: string }>(connectionOf(after), 'MATCH (p:Probe) RETURN p.id AS id');
    expect(rows).toEqual([{ id: 'kept' }]);
  });

  it('stop twice says it is not running', async () => {
    expect((await parley('db', 'stop')).code).toBe(0);
    const again = await parley('db', 'stop');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('not running');
  });

  it('refuses to start on a taken port with PORT_IN_USE', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(Number(env.PARLEY_BOLT_PORT), '127.0.0.1', () => r()));
    try {
      const result = await parley('db', 'start');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('[PORT_IN_USE]');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('starts nothing when NEO4J_URI is set', async () => {
    const external = { ...env, NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, NEO4J_PASSWORD: 'whatever1' };
    const saved = env;
    env = external;
    try {
      const start = await parley('db', 'start');
      expect(start.code).toBe(0);
      expect(start.stdout).toContain('NEO4J_URI is set');
      const s = await status();
      expect(s).toMatchObject({ running: false, external: true, pid: null });
    } finally {
      env = saved;
    }
  });
});

function connectionOf(s: { boltUri: string; username: string; password: string }): Connection {
  return { uri: s.boltUri, username: s.username, password: s.password, database: 'neo4j', external: false };
}
