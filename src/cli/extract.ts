/**
 * `parley extract [PATH ...]`: reads article dumps (files, directories, `-` or nothing
 * for standard input) and prints each accepted article's extracted graph on stdout, one
 * JSON object per line in input order (../shared/contracts/extraction.md), and nothing
 * else there. Diagnostics and the summary go to stderr; bad records do not change the
 * exit status, which is non-zero only for bad usage or when no input could be read.
 */
import { defineCommand } from 'citty';
import { loadConfig } from '../config.ts';
import { ParleyError } from '../errors.ts';
import { formatSummary, openRejects, type Format, type RejectsWriter } from '../sources/index.ts';
import { createDiagnosticPrinter } from './pipeline/diagnostic-printer.ts';
import { extractDumps } from './pipeline/extract-dumps.ts';
import { resolveWorkers } from './pipeline/resolve-workers.ts';
import { createLineWriter } from './pipeline/write-lines.ts';

const FORMATS: readonly Format[] = ['text', 'jsonl', 'json', 'csv', 'tsv', 'html'];

function wholeNumber(name: string, raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ParleyError('USAGE', `--${name} must be a whole number, got "${raw}"`);
  return n;
}

/** `5000000`, `512k`, `5m`, `5mb` → bytes. */
function byteSize(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return null;
  const m = /^(\d+)\s*([kmg]?)b?$/i.exec(raw.trim());
  if (!m || Number(m[1]) === 0) throw new ParleyError('USAGE', `--max-record-size must be a size such as 5m or 500k, got "${raw}"`);
  return Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase());
}

export default defineCommand({
  meta: { name: 'extract', description: 'Read article dumps and print the graph extracted from each article (JSON Lines on stdout)' },
  args: {
    paths: { type: 'positional', required: false, description: 'Dump files or directories; - or none reads standard input' },
    format: { type: 'string', default: 'jsonl', description: 'Output: jsonl (one graph per line) or json (a pretty array)' },
    rejects: { type: 'string', description: 'Write rejected records (with their raw text) to this JSON Lines file' },
    workers: { type: 'string', description: 'Extraction threads, 0 = main thread (default PARLEY_WORKERS, else one per core)' },
    'max-record-size': { type: 'string', description: 'Largest record accepted, e.g. 5m, 500k (default 5m)' },
    'input-format': { type: 'string', description: `Read every input as this format: ${FORMATS.join(', ')} (default: by extension, then content)` },
    quiet: { type: 'boolean', default: false, description: 'Print only the summary on stderr, no diagnostics' },
  },
  async run({ args }) {
    const format = String(args.format);
    if (format !== 'jsonl' && format !== 'json') throw new ParleyError('USAGE', `--format must be jsonl or json, got "${format}"`);
    const inputFormat = args['input-format'] as string | undefined;
    if (inputFormat !== undefined && !FORMATS.includes(inputFormat as Format)) {
      throw new ParleyError('USAGE', `--input-format must be one of ${FORMATS.join(', ')}, got "${inputFormat}"`);
    }
    const paths = (args._ as string[]).length ? (args._ as string[]) : ['-'];
    if (paths.includes('-') && process.stdin.isTTY) throw new ParleyError('USAGE', 'no input: give dump paths, or pipe a dump into standard input');

    // The main thread here only reads and writes: one worker per core (see resolve-workers.ts).
    const workers = resolveWorkers(wholeNumber('workers', args.workers as string | undefined), loadConfig().workers, undefined, 0);
    const maxRecordBytes = byteSize(args['max-record-size'] as string | undefined) ?? undefined;
    let rejects: RejectsWriter | null = null;
    if (args.rejects) {
      try {
        rejects = await openRejects(String(args.rejects));
      } catch (error) {
        throw new ParleyError('USAGE', `cannot write the rejects file ${args.rejects}: ${(error as Error).message}`);
      }
    }

    const started = performance.now();
    const err = (line: string) => process.stderr.write(`${line}\n`);
    const printer = createDiagnosticPrinter(args.quiet ? () => {} : err);
    const out = createLineWriter(process.stdout);
    const stream = extractDumps(paths, {
      workers,
      output: format === 'jsonl' ? 'json' : 'graph',
      read: { maxRecordBytes, format: (inputFormat as Format | undefined) ?? null },
    });
    let graphs = 0;
    try {
      if (format === 'json') await out.write('[');
      for await (const item of stream) {
        if (item.kind === 'diagnostic') {
          printer.print(item.diagnostic);
          if (rejects && item.diagnostic.severity === 'error') await rejects.write(item.diagnostic, item.raw);
          continue;
        }
        if (item.kind === 'lines') {
          if (!(await out.writeBytes(item.lines))) break;
          graphs += item.count;
          continue;
        }
        const line = JSON.stringify(item.graph, null, 2).replace(/^/gm, '  ');
        if (!(await out.write(graphs > 0 ? `,${line}` : line))) break;
        graphs++;
      }
      if (format === 'json') await out.write(']');
    } finally {
      await stream.close();
      await rejects?.close();
    }
    printer.flush();
    const seconds = (performance.now() - started) / 1000;
    err(`parley extract: ${formatSummary(stream.summary)}; ${graphs} graphs in ${seconds.toFixed(1)} s (${Math.round(graphs / seconds)} articles/s, ${workers} worker${workers === 1 ? '' : 's'})`);
    if (stream.readableInputs === 0) throw new ParleyError('INPUT', 'no readable input: nothing could be read from the paths given');
  },
});
