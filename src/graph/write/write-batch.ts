/**
 * Writes one batch of article graphs in one managed transaction (the plan is in
 * write-plan.ts). The transaction function first creates the batch's Article nodes that
 * are not in the graph yet (one statement), builds the rows of those articles only,
 * waits for the batch before it (`after`), and writes their entities, then their events
 * and relationships (those statements sent together, pipelined). Every statement MERGEs
 * on natural keys, or CREATEs what hangs off a node new in this transaction, so when the
 * driver retries the function after a transient failure, or a later run repeats the
 * batch, nothing changes.
 */
import type { ArticleGraph } from '../../domain/graph.ts';
import type { Executor, UpdateCounts } from '../executor.ts';
import { statements as defaultRegistry, type StatementRegistry } from '../statements.ts';
import { articleRows, toRows } from './rows.ts';
import { CLAIM_ARTICLES, ENTITIES, WRITE_PLAN, entityRows, nodesOf, type Tally } from './write-plan.ts';

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

interface Claimed {
  id: string;
  node: string;
}

export interface WriteBatchOptions {
  /** Default: the repository's `cypher/`. */
  registry?: StatementRegistry;
  /**
   * Settles when the batch before this one has committed (or failed): the articles are
   * claimed and the rows built while that batch is still writing, but no entity, event or
   * relationship is written before it is done, so batches take effect in reading order
   * (first names, latest attributes). A rejection aborts this batch too.
   */
  after?: Promise<unknown>;
}

/** Writes `graphs` (in reading order) as one transaction; see the module comment. */
export async function writeBatch(
  executor: Executor,
  graphs: readonly ArticleGraph[],
  options: WriteBatchOptions = {},
): Promise<BatchResult> {
  const registry = options.registry ?? defaultRegistry;
  const claims = articleRows(graphs);
  return executor.writeTransaction(async (tx) => {
    const counts = zeroCounts();
    const claimed = await tx.run<Claimed>(registry.get(CLAIM_ARTICLES), { rows: claims });
    const fresh = new Set(claimed.map((c) => c.id));
    const rows = toRows(graphs.filter((g) => fresh.has(g.article.id)));
    await options.after;
    if (claimed.length === 0) return { written: 0, skipped: graphs.length, events: 0, dangling: 0, counts };
    // Natural id → element id of every node the rest of the batch ends on, valid in this transaction.
    const nodes: Record<string, string> = {};
    for (const c of claimed) nodes[c.id] = c.node;
    counts.articlesCreated = claimed.length;
    const entities = entityRows(rows);
    const created = new Set<string>();
    if (entities.length > 0) {
      for (const e of await tx.run<Claimed & { created: boolean }>(registry.get(ENTITIES), { rows: entities })) {
        nodes[e.id] = e.node;
        if (e.created) created.add(e.id);
      }
    }
    counts.entitiesCreated += created.size;
    // Sent at once, without waiting for each answer: the server runs them in this order in
    // the one transaction while the driver packs the ones after (Bolt pipelining).
    const sent: Promise<unknown>[] = [];
    for (const s of WRITE_PLAN) {
      const planned = s.rows(rows, created);
      if (planned.length > 0) sent.push(tx.update(registry.get(s.name), { rows: planned, nodes: nodesOf(s, planned, nodes) }).then((u) => tally(counts, s.tally, u)));
    }
    // Every answer is awaited (none left unhandled), then the first failure is thrown.
    const failed = (await Promise.allSettled(sent)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const written = rows.articleIds.length;
    return { written, skipped: graphs.length - written, events: rows.eventsRead, dangling: rows.dangling, counts };
  });
}
