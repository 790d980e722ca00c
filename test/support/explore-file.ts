/**
 * Reads a `cypher/explore/*.cypher` file the way Neo4j Browser does when it is pasted
 * as it is: its `:param name => expression;` lines are Browser commands that set
 * parameters (Browser evaluates each expression with `RETURN expression AS name`),
 * and what remains is one Cypher statement that uses them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXPLORE_DIR = fileURLToPath(new URL('../../cypher/explore/', import.meta.url));

export interface ExploreParam {
  name: string;
  /** The Cypher expression after `=>`, without the closing `;`. */
  expression: string;
}

export interface ExploreFile {
  name: string;
  path: string;
  params: ExploreParam[];
  /** The statement: every line but the `:param` lines, without the closing `;`. */
  query: string;
}

const PARAM_LINE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?\s*$/;

/** Splits a file's text into its `:param` lines and its one statement; throws on anything else. */
export function parseExploreText(text: string, name = '<text>'): Omit<ExploreFile, 'path'> {
  const params: ExploreParam[] = [];
  const rest: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const param = PARAM_LINE.exec(trimmed);
    if (param) params.push({ name: param[1]!, expression: param[2]! });
    else if (trimmed.startsWith(':')) throw new Error(`${name}: only :param commands are expected, found "${trimmed}"`);
    else rest.push(line);
  }
  const query = rest.join('\n').trim().replace(/;\s*$/, '');
  const code = query.replace(/\/\/[^\n]*/g, '');
  if (code.includes(';')) throw new Error(`${name}: holds more than one statement`);
  if (!code.trim()) throw new Error(`${name}: holds no statement`);
  return { name, params, query };
}

/** Every explore file, by name. */
export function exploreFiles(dir = EXPLORE_DIR): ExploreFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ({ ...parseExploreText(readFileSync(join(dir, f), 'utf8'), f), path: join(dir, f) }));
}
