import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { serverPaths } from '../../../src/graph/local-server/paths.ts';
import { parseServerState } from '../../../src/graph/local-server/server-state.ts';
import { formatStatus, localServerStatus, type ServerStatus } from '../../../src/graph/local-server/status.ts';

describe('parseServerState', () => {
  it('reads a complete state', () => {
    const state = { pid: 42, version: '5.26.30', browserVersion: '5.24.0', boltPort: 7687, httpPort: 7474, startedAt: '2025-01-01T00:00:00Z' };
    expect(parseServerState(JSON.stringify(state))).toEqual(state);
  });

  it('returns null for a truncated or foreign file', () => {
    expect(parseServerState('{"pid": 42')).toBeNull();
    expect(parseServerState('{"pid": "42"}')).toBeNull();
  });
});

describe('localServerStatus', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  function folder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'parley-status-'));
    dirs.push(dir);
    return dir;
  }

  it('reports a folder never started as not running, with the configured addresses', () => {
    const dir = folder();
    const status = localServerStatus(loadConfig({ PARLEY_NEO4J_DIR: dir, PARLEY_BOLT_PORT: '17687', PARLEY_HTTP_PORT: '17474' }));
    expect(status).toEqual({
      running: false,
      boltUri: 'bolt://127.0.0.1:17687',
      browserUrl: 'http://127.0.0.1:17474/browser/',
      username: 'neo4j',
      password: null,
      passwordFile: join(dir, 'password'),
      pid: null,
      dir,
      version: loadConfig({}).local.version,
      external: false,
    });
  });

  it('treats a pid file whose process is gone as stale and removes it', () => {
    const dir = folder();
    const paths = serverPaths(dir);
    mkdirSync(paths.run, { recursive: true });
    writeFileSync(paths.pidFile, '999999999\n');
    expect(localServerStatus(loadConfig({ PARLEY_NEO4J_DIR: dir })).running).toBe(false);
  });

  it('shows NEO4J_PASSWORD rather than a password file when it is set', () => {
    const status = localServerStatus(loadConfig({ PARLEY_NEO4J_DIR: folder(), NEO4J_PASSWORD: 'chosen-password' }));
    expect(status.password).toBe('chosen-password');
    expect(status.passwordFile).toBeNull();
  });
});

describe('formatStatus', () => {
  it('prints one label and value per line, leaving out what does not apply', () => {
    const status: ServerStatus = {
      running: false, boltUri: 'neo4j+s://x.databases.neo4j.io', browserUrl: null, username: 'neo4j', password: null,
      passwordFile: null, pid: null, dir: null, version: null, external: true, error: 'no route [NEO4J_UNAVAILABLE]',
    };
    expect(formatStatus(status)).toBe(
      [
        'Neo4j:         not reachable (your own server, NEO4J_URI): no route [NEO4J_UNAVAILABLE]',
        'Bolt:          neo4j+s://x.databases.neo4j.io',
        'Username:      neo4j',
        'Password:      (from NEO4J_PASSWORD)',
      ].join('\n'),
    );
  });
});
