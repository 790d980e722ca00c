/** The end of a log file, for error messages and `parley db logs`. */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';

/** The last `n` lines of a text. */
export function lastLines(text: string, n: number): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  return lines.slice(Math.max(0, lines.length - n)).join('\n');
}

/** The last `n` lines of a file (reading at most its last 256 KiB); empty when the file is absent. */
export function tailFile(path: string, n: number): string {
  if (!existsSync(path)) return '';
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, 256 * 1024);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return lastLines(buffer.toString('utf8'), n);
  } finally {
    closeSync(fd);
  }
}
