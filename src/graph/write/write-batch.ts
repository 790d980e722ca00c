/**
 * Writes one batch of article graphs in one managed transaction. The transaction
 * function first asks which articles are already in the graph (one statement, an index
 * lookup per id), builds the rows of the others and runs the write plan in order.
 * Every statement MERGEs on natural keys, so when the driver retries the function after
 * a transient failure, or a later run repeats the batch, nothing changes.
 */
import type { ArticleGraph } from '../../domain/graph.ts';
import type { Executor, UpdateCounts } from '../executor.ts';
import { statements as defaultRegistry, type StatementRegistry } from '../statements.ts';
import { toRows } from './rows.ts';
import { PRESENT_ARTICLES, WRITE_PLAN, type Tally } from './write-plan.ts';

export interface WriteCounts {
  entitiesCreated: number;
  eventsCreated: number;
  articlesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

export interface BatchResult {
  /** Articles written by this batch. */
  written: number;
  /** Articles passed over: already in the graph, or an id seen earlier in the batch. */
  skipped: number;
  /** Events read in the written articles (reports, before equal facts are merged). */
  events: number;
  /** References to entities an article does not define (not written). */
  dangling: number;
  counts: WriteCounts;
}

export const zeroCounts = (): WriteCounts => ({
  entitiesCreated: 0, eventsCreated: 0, articlesCreated: 0, relationshipsCreated: 0, propertiesSet: 0,
});

export function addCounts(into: WriteCounts, more: WriteCounts): WriteCounts {
  into.entitiesCreated += more.entitiesCreated;
  into.eventsCreated += more.eventsCreated;
  into.articlesCreated += more.articlesCreated;
  into.relationshipsCreated += more.relationshipsCreated;
  into.propertiesSet += more.propertiesSet;
  return into;
}

const NODE_TALLY: Record<Tally, keyof WriteCounts | null> = {
  entities: 'entitiesCreated', events: 'eventsCreated', articles: 'articlesCreated', relationships: null,
};

function tally(counts: WriteCounts, kind: Tally, u: UpdateCounts): void {
  const nodeKey = NODE_TALLY[kind];
  if (nodeKey) counts[nodeKey] += u.nodesCreated;
  counts.relationshipsCreated += u.relationshipsCreated;
  counts.propertiesSet += u.propertiesSet;
}

/** Writes `graphs` (in reading order) as one transaction; see the module comment. */
export async function writeBatch(
  executor: Executor,
  graphs: readonly ArticleGraph[],
  registry: StatementRegistry = defaultRegistry,
): Promise<BatchResult> {
  const ids = [...new Set(graphs.map((g) => g.article.id))];
  return executor.writeTransaction(async (tx) => {
    const found = await tx.run<{ id: string }>(registry.get(PRESENT_ARTICLES), { ids });
    const present = new Set(found.map((r) => r.id));
    const rows = toRows(graphs.filter((g) => !present.has(g.article.id)));
    const counts = zeroCounts();
    const planned = WRITE_PLAN.map((s) => ({ s, rows: s.rows(rows) })).filter((p) => p.rows.length > 0);
    for (const p of planned) tally(counts, p.s.tally, await tx.update(registry.get(p.s.name), { rows: p.rows }));
    const written = rows.articleIds.length;
    return { written, skipped: graphs.length - written, events: rows.eventsRead, dangling: rows.dangling, counts };
  });
}
