/** Reads a gold file (GOLD-FORMAT.md: one JSON object per line); a bad line is a usage error naming file and line. */
import { readFile } from 'node:fs/promises';
import { ParleyError } from '../errors.ts';
import type { GoldArticle } from './score.ts';

export async function readGold(path: string): Promise<GoldArticle[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ParleyError('INPUT', `cannot read the gold file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const out: GoldArticle[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ParleyError('INPUT', `${path}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    if (!value || typeof value !== 'object' || typeof (value as GoldArticle).id !== 'string') {
      throw new ParleyError('INPUT', `${path}:${i + 1}: a gold article needs a string "id"`);
    }
    out.push(value as GoldArticle);
  });
  return out;
}
