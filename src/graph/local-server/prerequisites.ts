/**
 * Java and Maven, the two programs the local Neo4j needs besides Node. Each check
 * fails with the code the user can act on (JAVA_MISSING, MAVEN_MISSING).
 */
import { spawnSync } from 'node:child_process';
import { ParleyError } from '../../errors.ts';

/** Oldest Java that Neo4j 5.26 runs on. */
export const MIN_JAVA = 17;

/** Reads the major version from `java -version` output (`openjdk version "17.0.15" …`, `"1.8.0_392"`). */
export function parseJavaMajor(output: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Checks that `java` runs and is Java 17 or newer; returns its major version. */
export function checkJava(java: string): number {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new ParleyError('JAVA_MISSING', `Java ${MIN_JAVA}+ is needed to run Neo4j, but "${java}" could not be run`, {
      details: 'Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.',
      cause: result.error,
    });
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === null || major < MIN_JAVA) {
    throw new ParleyError('JAVA_MISSING', `Neo4j needs Java ${MIN_JAVA} or newer; "${java}" is ${major ?? 'of unknown version'}`, {
      details: 'Install Java 17 or 21 and put it on the PATH or set JAVA_HOME.',
    });
  }
  return major;
}

/** Checks that `mvn` runs. Only needed the first time a Neo4j version is resolved. */
export function checkMaven(mvn = 'mvn'): void {
  const result = spawnSync(mvn, ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new ParleyError('MAVEN_MISSING', 'Maven is needed to fetch Neo4j from Maven Central, but "mvn" could not be run', {
      details: 'Install it (Debian/Ubuntu: apt-get install maven); later starts need no network.',
      cause: result.error,
    });
  }
}
