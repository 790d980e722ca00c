/**
 * The password of the local server's `neo4j` user. Neo4j takes an initial password
 * only before its first start (`neo4j-admin dbms set-initial-password`, which writes
 * `data/dbms/auth.ini`); Parley generates one unless NEO4J_PASSWORD is set, and keeps
 * it in `<dir>/password`, readable by the user alone.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { nanoid } from 'nanoid';
import { ParleyError } from '../../errors.ts';
import type { ServerPaths } from './paths.ts';
import { lastLines } from './tail.ts';

/** Neo4j's default `dbms.security.auth_minimum_password_length`. */
const MIN_LENGTH = 8;

/** The password kept in the password file, or null. */
export function readPasswordFile(paths: ServerPaths): string | null {
  if (!existsSync(paths.passwordFile)) return null;
  return readFileSync(paths.passwordFile, 'utf8').trim() || null;
}

/** Writes the password file with mode 0600. */
export function writePasswordFile(paths: ServerPaths, password: string): void {
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  writeFileSync(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  chmodSync(paths.passwordFile, 0o600);
}

/**
 * Before the first start, sets the initial password: `configured` (NEO4J_PASSWORD) or a
 * generated one, saved in the password file. Does nothing once the server has users.
 */
export async function ensureInitialPassword(options: {
  paths: ServerPaths;
  java: string;
  classpath: string;
  configured: string | null;
}): Promise<void> {
  const { paths, java, classpath, configured } = options;
  if (existsSync(paths.authFile)) return;
  let password = configured;
  if (password === null) {
    password = readPasswordFile(paths) ?? nanoid(24);
    writePasswordFile(paths, password);
  }
  if (password.length < MIN_LENGTH) {
    throw new ParleyError('CONFIG', `NEO4J_PASSWORD must have at least ${MIN_LENGTH} characters for the local Neo4j`);
  }
  const result = await runAdmin(java, classpath, paths, ['dbms', 'set-initial-password', password]);
  if (result.code !== 0 || !existsSync(paths.authFile)) {
    throw new ParleyError('NEO4J_START_FAILED', 'could not set the initial password of the local Neo4j', {
      details: lastLines(result.text.replaceAll(password, '***'), 20),
    });
  }
}

/** Runs `neo4j-admin` (`org.neo4j.cli.AdminTool`) against the server folder. */
function runAdmin(java: string, classpath: string, paths: ServerPaths, args: string[]): Promise<{ code: number; text: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(java, ['-cp', classpath, 'org.neo4j.cli.AdminTool', ...args], {
      env: { ...process.env, NEO4J_HOME: paths.dir, NEO4J_CONF: paths.conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, text }));
  });
}
