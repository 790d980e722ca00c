import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { ParleyError } from '../src/errors.ts';

describe('loadConfig', () => {
  it('uses documented defaults when the environment is empty', () => {
    const c = loadConfig({});
    expect(c.neo4j.uri).toBeNull();
    expect(c.neo4j.database).toBe('neo4j');
    expect(c.local.boltPort).toBe(7687);
    expect(c.local.httpPort).toBe(7474);
    expect(c.api.port).toBe(4000);
  });

  it('reads a server of the user\'s own from NEO4J_URI', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'pw' });
    expect(c.neo4j.uri).toBe('neo4j+s://x.databases.neo4j.io');
    expect(c.neo4j.password).toBe('pw');
  });

  it('rejects a port that is not a number with a CONFIG error', () => {
    expect(() => loadConfig({ PARLEY_BOLT_PORT: 'seven' })).toThrow(ParleyError);
  });
});
