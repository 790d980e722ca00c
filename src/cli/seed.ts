/**
 * `parley seed [PATH ...]`: reads article dumps (default `seed/`), extracts each article
 * and writes the graphs into Neo4j in batches, one transaction per batch, after applying
 * the schema. Re-running changes nothing; a run killed at any moment, run again, ends
 * with the graph an uninterrupted run gives. `seedPaths` is the same for `parley start`.
 */
import { defineCommand } from 'citty';
import { loadConfig, type Config } from '../config.ts';
import { ParleyError, isParleyError } from '../errors.ts';
import { connect, migrate, type Executor } from '../graph/index.ts';
import { startLocalServer } from '../graph/local-server/index.ts';
import { writeGraphs, type WriteTotals } from '../graph/write/write-graphs.ts';
import type { ArticleGraph } from '../domain/graph.ts';
import { createProgress, type ProgressMode, type SeedTally } from './seed-progress.ts';
import { openSeedSource, type SeedSource } from './seed-source.ts';

export interface SeedOptions {
  /** Default `loadConfig()`. */
  config?: Config;
  /** Articles per write transaction. Default `config.batchSize` (50). */
  batchSize?: number;
  /** Write transactions open at once (the next one claims and builds while one writes). Default 2. */
  concurrency?: number;
  /** Extract and count, write nothing and connect to nothing. Default false. */
  dryRun?: boolean;
  /** Where rejected records are written (JSON Lines). Default `<home>/seed-rejects.jsonl`. */
  rejects?: string;
  /** `auto` (a bar on a terminal, else lines), `bar`, `lines` or `none`. Default `auto`. */
  progress?: ProgressMode;
  /** Start the local Neo4j when NEO4J_URI is not set. Default true. */
  startServer?: boolean;
  /** Messages for the user (server start, schema). Default: none. */
  log?: (line: string) => void;
  /** Write through this executor instead of connecting (tests, `parley start`). */
  executor?: Executor;
  /** Read from this source instead of `paths` (tests, the bench). */
  source?: SeedSource;
  /** The caller has just applied the schema (`parley start`): don't apply it again. Default false. */
  schemaApplied?: boolean;
}

export interface SeedSummary {
  /** Records read: accepted + rejected. */
  read: number;
  accepted: number;
  rejected: number;
  /** The rejects file, when anything was rejected. */
  rejectsFile: string | null;
  /** Articles written by this run. */
  written: number;
  /** Articles already in the graph (or repeated in the input), passed over. */
  skipped: number;
  /** Events read in the written articles (reports). */
  events: number;
  entitiesCreated: number;
  eventsCreated: number;
  articlesCreated: number;
  relationshipsCreated: number;
  batches: number;
  dryRun: boolean;
  elapsedMs: number;
}

/** Seeds `paths` (default `seed/`) into the configured Neo4j; see the module comment. */
export async function seedPaths(paths: readonly string[], options: SeedOptions = {}): Promise<SeedSummary> {
  const config = options.config ?? loadConfig();
  const started = Date.now();
  const tally: SeedTally = { read: 0, accepted: 0, rejected: 0, written: 0, skipped: 0 };
  const rejectsFile = options.rejects ?? `${config.home}/seed-rejects.jsonl`;
  const source = options.source ?? openSeedSource(paths.length > 0 ? paths : ['seed'], { rejects: rejectsFile, workers: config.workers });
  const progress = createProgress(options.progress ?? 'auto');
  const show = () => progress.update(tally, source.size());

  async function* accepted(): AsyncGenerator<ArticleGraph> {
    for await (const item of source.items()) {
      tally.read += 1;
      if (item.kind === 'reject') tally.rejected += 1;
      else {
        tally.accepted += 1;
        yield item.graph;
      }
      show();
    }
  }

  let totals: WriteTotals | null = null;
  let graph: { executor: Executor; close(): Promise<void> } | null = null;
  try {
    if (options.dryRun) {
      let events = 0;
      for await (const g of accepted()) events += g.events.length;
      totals = { batches: 0, written: 0, skipped: 0, events, dangling: 0, counts: { entitiesCreated: 0, eventsCreated: 0, articlesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 } };
    } else {
      if (!options.executor && !config.neo4j.uri && options.startServer !== false) {
        const result = await startLocalServer(config, { log: options.log ?? (() => {}) });
        if (result.started) options.log?.(`Neo4j is up (pid ${result.pid}).`);
      }
      graph = options.executor ? { executor: options.executor, close: async () => {} } : connect(config);
      await graph.executor.verifyConnectivity();
      if (!options.schemaApplied) await migrate(graph.executor);
      totals = await writeGraphs(graph.executor, accepted(), {
        batchSize: options.batchSize ?? config.batchSize,
        concurrency: options.concurrency,
        onBatch: (_batch, t) => {
          tally.written = t.written;
          tally.skipped = t.skipped;
          show();
        },
      });
    }
  } catch (error) {
    throw explain(error, tally);
  } finally {
    progress.stop();
    await source.close();
    await graph?.close();
  }
  return {
    read: tally.read,
    accepted: tally.accepted,
    rejected: tally.rejected,
    rejectsFile: tally.rejected > 0 ? source.rejectsFile() : null,
    written: totals.written,
    skipped: totals.skipped,
    events: totals.events,
    entitiesCreated: totals.counts.entitiesCreated,
    eventsCreated: totals.counts.eventsCreated,
    articlesCreated: totals.counts.articlesCreated,
    relationshipsCreated: totals.counts.relationshipsCreated,
    batches: totals.batches,
    dryRun: options.dryRun ?? false,
    elapsedMs: Date.now() - started,
  };
}

/** Neo4j going away mid-run: say what is in the graph and that a re-run finishes it. */
function explain(error: unknown, tally: SeedTally): unknown {
  if (!isParleyError(error) || error.code !== 'NEO4J_UNAVAILABLE' || tally.read === 0) return error;
  return new ParleyError('NEO4J_UNAVAILABLE', `Neo4j went away while seeding, after ${tally.written} ${tally.written === 1 ? 'article was' : 'articles were'} written: ${error.message}`, {
    cause: error,
    details: 'Every committed batch is complete in the graph. Run the same command again once Neo4j is back: it passes over the articles already written and finishes the rest.',
  });
}

/** The summary `parley seed` prints. */
export function formatSummary(s: SeedSummary): string {
  const secs = s.elapsedMs / 1000;
  const lines = [
    `${s.dryRun ? 'Dry run (nothing written): ' : ''}${s.read} articles read in ${secs.toFixed(1)}s (${secs > 0 ? Math.round(s.read / secs) : 0}/s): ${s.accepted} accepted, ${s.rejected} rejected${s.rejectsFile ? ` (see ${s.rejectsFile})` : ''}.`,
  ];
  if (s.dryRun) lines.push(`${s.events} events extracted.`);
  else {
    lines.push(`${s.written} articles written in ${s.batches} ${s.batches === 1 ? 'batch' : 'batches'}, ${s.skipped} already in the graph and passed over.`);
    lines.push(`Created ${s.entitiesCreated} entities, ${s.eventsCreated} events (from ${s.events} reports), ${s.articlesCreated} articles, ${s.relationshipsCreated} relationships; the rest was already there.`);
  }
  return lines.join('\n');
}

export default defineCommand({
  meta: { name: 'seed', description: 'Extract article dumps and write them into Neo4j (default: seed/)' },
  args: {
    paths: { type: 'positional', required: false, description: 'Files or folders to read (default: seed/); - reads standard input' },
    'dry-run': { type: 'boolean', description: 'Extract and count; write nothing' },
    'batch-size': { type: 'string', description: 'Articles per write transaction (default 50, PARLEY_BATCH_SIZE)' },
    rejects: { type: 'string', description: 'Write rejected records here (default <PARLEY_HOME>/seed-rejects.jsonl)' },
    progress: { type: 'string', description: 'auto (bar on a terminal, else lines), bar, lines or none' },
  },
  async run({ args }) {
    const config = loadConfig();
    const batchSize = args['batch-size'] === undefined ? undefined : Number(args['batch-size']);
    if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
      throw new ParleyError('USAGE', `--batch-size must be a whole number of at least 1, got "${args['batch-size']}"`);
    }
    const progress = (args.progress ?? 'auto') as ProgressMode;
    if (!['auto', 'bar', 'lines', 'none'].includes(progress)) throw new ParleyError('USAGE', `--progress must be auto, bar, lines or none, got "${progress}"`);
    const summary = await seedPaths(args._.map(String), {
      config, batchSize, dryRun: Boolean(args['dry-run']), rejects: args.rejects, progress, log: (line) => console.error(line),
    });
    console.log(formatSummary(summary));
  },
});
