/**
 * The naive way to write the same graphs, for `bench:seed`'s ratio: one transaction per
 * article and one statement per node and per relationship (each write statement run
 * with a single row), as a loader written without batching would do.
 */
import type { ArticleGraph } from '../src/domain/graph.ts';
import { statements, type Executor } from '../src/graph/index.ts';
import { articleRows, toRows } from '../src/graph/write/rows.ts';
import { CLAIM_ARTICLES, ENTITIES, WRITE_PLAN, entityRows } from '../src/graph/write/write-plan.ts';

/** Writes each graph in its own transaction, one statement per row; returns the statements run. */
export async function writeNaively(executor: Executor, graphs: readonly ArticleGraph[]): Promise<number> {
  let runs = 0;
  for (const graph of graphs) {
    await executor.writeTransaction(async (tx) => {
      const claimed = await tx.run<{ id: string; node: string }>(statements.get(CLAIM_ARTICLES), { rows: articleRows([graph]) });
      runs += 1;
      if (claimed.length === 0) return;
      const nodes: Record<string, string> = { [claimed[0].id]: claimed[0].node };
      const rows = toRows([graph]);
      const created = new Set<string>();
      for (const row of entityRows(rows)) {
        for (const e of await tx.run<{ id: string; node: string; created: boolean }>(statements.get(ENTITIES), { rows: [row] })) {
          nodes[e.id] = e.node;
          if (e.created) created.add(e.id);
        }
        runs += 1;
      }
      for (const s of WRITE_PLAN) {
        for (const row of s.rows(rows, created)) {
          await tx.update(statements.get(s.name), { rows: [row], nodes });
          runs += 1;
        }
      }
    });
  }
  return runs;
}
