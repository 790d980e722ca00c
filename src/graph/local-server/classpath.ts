/**
 * Resolves the server's classpath with Maven. The jars land once in the local Maven
 * repository (~/.m2); the classpath is cached beside it (~/.cache/parley/neo4j), so
 * later starts, in any server folder, need neither the network nor Maven.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../errors.ts';
import type { Config } from '../../config.ts';
import { classpathFile, type ServerPaths } from './paths.ts';
import { checkMaven } from './prerequisites.ts';
import { renderRuntimePom } from './runtime-pom.ts';
import { lastLines } from './tail.ts';

const VERSION = /^[0-9A-Za-z][0-9A-Za-z.\-_]*$/;

/** The classpath cached in `file`, or null when missing or when a jar has gone. */
export function cachedClasspath(file: string): string | null {
  if (!existsSync(file)) return null;
  const classpath = readFileSync(file, 'utf8').trim();
  if (!classpath || !classpath.split(':').every((jar) => existsSync(jar))) return null;
  return classpath;
}

/**
 * Returns the classpath for `local.version` and `local.browserVersion`, running
 * `mvn dependency:build-classpath` when it is not cached yet (MAVEN_MISSING,
 * MAVEN_FAILED with the end of Maven's output).
 */
export async function resolveClasspath(local: Config['local'], paths: ServerPaths, log: (line: string) => void = () => {}): Promise<string> {
  for (const [name, value] of [['PARLEY_NEO4J_VERSION', local.version], ['PARLEY_NEO4J_BROWSER_VERSION', local.browserVersion]]) {
    if (!VERSION.test(value)) throw new ParleyError('CONFIG', `${name} must be a version such as 5.26.30, got "${value}"`);
  }
  const file = classpathFile(paths, local.version, local.browserVersion);
  const cached = cachedClasspath(file);
  if (cached) return cached;

  checkMaven();
  mkdirSync(paths.runtime, { recursive: true });
  // Private names until done: two starts may resolve the same version at once.
  const pom = join(paths.runtime, `pom-${local.version}-${process.pid}.xml`);
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(pom, renderRuntimePom(local.version, local.browserVersion));
  log(`Fetching Neo4j ${local.version} and Neo4j Browser ${local.browserVersion} from Maven Central (once)…`);
  try {
    const output = await run('mvn', ['-B', '-q', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${partial}`]);
    const classpath = cachedClasspath(partial);
    if (output.code !== 0 || !classpath) {
      throw new ParleyError('MAVEN_FAILED', `Maven could not resolve org.neo4j:neo4j:${local.version} (exit ${output.code})`, {
        details: lastLines(output.text, 30),
      });
    }
    renameSync(partial, file);
    return classpath;
  } finally {
    rmSync(pom, { force: true });
    rmSync(partial, { force: true });
  }
}

function run(command: string, args: string[]): Promise<{ code: number; text: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, text }));
  });
}
