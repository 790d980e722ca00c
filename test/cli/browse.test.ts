import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { neo4jBrowserUrl, styleCommand, STYLE_FILE } from '../../src/cli/browse.ts';

describe('parley browse', () => {
  it('fills in the connect form through dbms (Bolt URL with the user) and db', () => {
    const url = neo4jBrowserUrl({ browserBase: 'http://127.0.0.1:7474/browser/', boltUri: 'bolt://127.0.0.1:7687', username: 'neo4j', database: 'neo4j' });
    expect(url).toBe('http://127.0.0.1:7474/browser/?dbms=bolt://neo4j@127.0.0.1:7687&db=neo4j');
    const params = new URL(url).searchParams;
    expect(new URL(params.get('dbms')!)).toMatchObject({ protocol: 'bolt:', username: 'neo4j', host: '127.0.0.1:7687' });
  });

  it('keeps the scheme of a server of the user’s own and escapes the user and database', () => {
    const url = neo4jBrowserUrl({ browserBase: 'https://browser.neo4j.io/', boltUri: 'neo4j+s://abc.databases.neo4j.io', username: 'ana@x', database: 'news db' });
    expect(url).toBe('https://browser.neo4j.io/?dbms=neo4j+s://ana%40x@abc.databases.neo4j.io&db=news%20db');
  });

  it('never puts the password in the address', () => {
    const url = neo4jBrowserUrl({ browserBase: 'http://127.0.0.1:7474/browser/', boltUri: 'bolt://127.0.0.1:7687', username: 'neo4j', database: 'neo4j' });
    expect(url).not.toMatch(/password|:[^/@]*@/);
  });

  it('prints the style sheet as one :style command, every rule kept', () => {
    const grass = readFileSync(STYLE_FILE, 'utf8');
    const command = styleCommand(grass);
    expect(command).toMatch(/^:style node \{/);
    expect(command).not.toContain('\n');
    expect(command.match(/\{/g)!.length).toBe(grass.match(/\{/g)!.length);
  });
});
