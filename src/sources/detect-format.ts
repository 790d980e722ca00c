/**
 * Which reader a file needs: by its extension (under any `.gz`), else by a look at its
 * first bytes. A `.json` file that is really JSON Lines is read as JSON Lines, so one
 * bad line does not end the file.
 */
import { extname } from 'node:path';
import { isTextColumn } from './fields.ts';
import type { Format } from './types.ts';

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'text', '.text': 'text',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.jsonlines': 'jsonl', '.ldjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
  '.tsv': 'tsv', '.tab': 'tsv',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
};

/** The format an extension names, or null (`a.jsonl.gz` → jsonl). */
export function formatFromName(name: string): Format | null {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  return EXTENSIONS[extname(base)] ?? null;
}

/** True when the name has an extension of a dump format (used to pick files in a directory). */
export const hasDumpExtension = (name: string): boolean => formatFromName(name) !== null;

/** True when the head's first line is a complete JSON object and another object starts on the next line. */
function looksLikeJsonLines(text: string): boolean {
  const nl = text.indexOf('\n');
  if (nl < 0) return false;
  try {
    const first = JSON.parse(text.slice(0, nl));
    return typeof first === 'object' && first !== null && /^\s*\{/.test(text.slice(nl + 1));
  } catch {
    return false;
  }
}

/** The format the first bytes look like. */
export function sniffFormat(head: Buffer): Format {
  const text = head.toString('utf8').trimStart();
  if (text.startsWith('[')) return 'json';
  if (text.startsWith('{')) return looksLikeJsonLines(text) ? 'jsonl' : 'json';
  if (/^<(?:!doctype html|html|head|body|meta|title|article|div|p)\b/i.test(text)) return 'html';
  const firstLine = text.split('\n', 1)[0];
  for (const [format, sep] of [['tsv', '\t'], ['csv', ',']] as const) {
    const cells = firstLine.split(sep).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.length >= 2 && cells.some(isTextColumn)) return format;
  }
  return 'text';
}

/** The format of an input: `forced` if given, else by name, else by content; `.json` files are checked for JSON Lines. */
export function detectFormat(name: string, head: Buffer, forced: Format | null): Format {
  if (forced) return forced;
  const byName = formatFromName(name);
  if (byName === 'json') return looksLikeJsonLines(head.toString('utf8').trimStart()) ? 'jsonl' : 'json';
  return byName ?? sniffFormat(head);
}
