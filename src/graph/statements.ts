/**
 * The statement registry: every Cypher statement Parley runs lives in its own file
 * under `cypher/` and is loaded by name, the path without `.cypher`
 * (`statements.get('write/upsert-states')` reads `cypher/write/upsert-states.cypher`).
 * One statement per file, values passed as `$parameters` only, never spliced in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Statement {
  /** The path under `cypher/` without `.cypher`, e.g. `schema/person-id`. */
  readonly name: string;
  /** The Cypher text, without a trailing semicolon. */
  readonly text: string;
}

/** The repository's `cypher/` folder. */
export const CYPHER_ROOT = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** Removes comments and string literals, so that what remains can be checked for `;`. */
function code(text: string): string {
  return text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, ' ');
}

/** Parses one file's text into a statement; throws when it is empty or holds more than one. */
export function parseStatement(name: string, raw: string): Statement {
  const text = raw.trim().replace(/;\s*$/, '').trim();
  if (code(text).trim() === '') throw new Error(`cypher/${name}.cypher holds no statement`);
  if (code(text).includes(';')) throw new Error(`cypher/${name}.cypher holds more than one statement; keep one per file`);
  return { name, text };
}

export class StatementRegistry {
  readonly #root: string;
  #byName: Map<string, Statement> | null = null;

  /** Files are read on first use, all at once, so a broken file fails early. */
  constructor(root: string = CYPHER_ROOT) {
    this.#root = root;
  }

  /** The statement in `cypher/<name>.cypher`; throws (a bug) when there is no such file. */
  get(name: string): Statement {
    const statement = this.#load().get(name);
    if (!statement) throw new Error(`no Cypher statement "${name}": expected the file ${join(this.#root, `${name}.cypher`)}`);
    return statement;
  }

  has(name: string): boolean {
    return this.#load().has(name);
  }

  /** All statements whose name starts with `prefix` (e.g. `schema/`), sorted by name. */
  list(prefix = ''): Statement[] {
    return [...this.#load().values()].filter((s) => s.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
  }

  #load(): Map<string, Statement> {
    if (this.#byName) return this.#byName;
    const byName = new Map<string, Statement>();
    for (const file of readdirSync(this.#root, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.cypher')) continue;
      const name = relative(this.#root, join(this.#root, file)).split(sep).join('/').replace(/\.cypher$/, '');
      // explore/ holds queries for people to paste into Neo4j Browser, with `:param` lines; Parley never runs them.
      if (name.startsWith('explore/')) continue;
      byName.set(name, parseStatement(name, readFileSync(join(this.#root, file), 'utf8')));
    }
    this.#byName = byName;
    return byName;
  }
}

/** The registry over the repository's `cypher/` folder. */
export const statements = new StatementRegistry();
