/**
 * Expands the paths given on the command line into the files to read, in a
 * deterministic order: a directory is walked recursively, entries sorted by name
 * (code-unit order), hidden entries skipped, and only files with a dump extension taken
 * (others are reported as skipped, except READMEs and the like).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { hasDumpExtension } from './detect-format.ts';

export type InputEntry =
  | { kind: 'file'; path: string; /** On disk; null for standard input. */ size: number | null }
  | { kind: 'unreadable'; path: string; message: string }
  | { kind: 'skipped'; path: string };

/** Files that sit beside dumps and are passed over without a word: READMEs, licences, notes. */
const DOCS = /^(?:readme|license|licence|changelog|notice)(?:\.\w+)?$|\.(?:md|markdown|rst)$/i;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const reasonOf = (e: unknown) => {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'ENOENT' ? 'no such file or directory' : err.code === 'EACCES' ? 'permission denied' : `${err.code ?? ''} ${err.message}`.trim();
};

async function* walk(dir: string): AsyncGenerator<InputEntry> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort(byName);
  } catch (error) {
    yield { kind: 'unreadable', path: dir, message: reasonOf(error) };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let s;
    try {
      s = await stat(path);
    } catch (error) {
      yield { kind: 'unreadable', path, message: reasonOf(error) };
      continue;
    }
    if (s.isDirectory()) yield* walk(path);
    else if (hasDumpExtension(name)) yield { kind: 'file', path, size: s.size };
    else if (!DOCS.test(name)) yield { kind: 'skipped', path };
  }
}

/** The files behind `paths` (`-` is standard input), in reading order. */
export async function* listInputs(paths: readonly string[]): AsyncGenerator<InputEntry> {
  for (const path of paths) {
    if (path === '-') { yield { kind: 'file', path, size: null }; continue; }
    try {
      const s = await stat(path);
      if (s.isDirectory()) yield* walk(path);
      else yield { kind: 'file', path, size: s.size };
    } catch (error) {
      yield { kind: 'unreadable', path, message: reasonOf(error) };
    }
  }
}
