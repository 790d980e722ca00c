import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { jvmArguments, renderNeo4jConf } from '../../../src/graph/local-server/neo4j-conf.ts';
import { serverPaths } from '../../../src/graph/local-server/paths.ts';
import { renderRuntimePom } from '../../../src/graph/local-server/runtime-pom.ts';

const settings = (text: string) =>
  Object.fromEntries(text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(/=(.*)/s).slice(0, 2)));

describe('renderNeo4jConf', () => {
  const config = loadConfig({ PARLEY_NEO4J_DIR: '/srv/parley/neo4j', PARLEY_BOLT_PORT: '17687', PARLEY_HTTP_PORT: '17474' });
  const conf = settings(renderNeo4jConf(config.local, serverPaths(config.local.dir)));

  it('listens on 127.0.0.1 only, on the configured ports, without HTTPS', () => {
    expect(conf['server.default_listen_address']).toBe('127.0.0.1');
    expect(conf['server.bolt.listen_address']).toBe('127.0.0.1:17687');
    expect(conf['server.http.listen_address']).toBe('127.0.0.1:17474');
    expect(conf['server.https.enabled']).toBe('false');
  });

  it('keeps authentication on', () => {
    expect(conf['dbms.security.auth_enabled']).toBe('true');
  });

  it('sizes memory from the configuration, with small defaults', () => {
    expect(conf['server.memory.heap.max_size']).toBe('1g');
    expect(conf['server.memory.heap.initial_size']).toBe('1g');
    expect(conf['server.memory.pagecache.size']).toBe('512m');
  });

  it('keeps data, logs and run files inside the server folder', () => {
    expect(conf['server.directories.data']).toBe('/srv/parley/neo4j/data');
    expect(conf['server.directories.logs']).toBe('/srv/parley/neo4j/logs');
    expect(conf['server.directories.run']).toBe('/srv/parley/neo4j/run');
  });

  it('rejects a heap size Neo4j would not understand', () => {
    const bad = loadConfig({ PARLEY_NEO4J_HEAP: 'lots' });
    expect(() => renderNeo4jConf(bad.local, serverPaths(bad.local.dir))).toThrow(/PARLEY_NEO4J_HEAP/);
  });
});

describe('jvmArguments', () => {
  it('gives the JVM the configured heap', () => {
    const args = jvmArguments(loadConfig({ PARLEY_NEO4J_HEAP: '768m' }).local);
    expect(args).toContain('-Xms768m');
    expect(args).toContain('-Xmx768m');
  });
});

describe('renderRuntimePom', () => {
  it('depends on Neo4j Community, its HTTP server and Neo4j Browser', () => {
    const pom = renderRuntimePom('5.26.30', '5.24.0');
    expect(pom).toContain('<groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>5.26.30</version>');
    expect(pom).toContain('<groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId><version>5.26.30</version>');
    expect(pom).toContain('<groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId><version>5.24.0</version>');
  });
});
