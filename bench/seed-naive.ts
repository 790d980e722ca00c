/**
 * The naive way to write the same graphs, for `bench:seed`'s ratio: one transaction per
 * article and one statement per node and per relationship (each write statement run
 * with a single row), as a loader written without batching would do.
 */
import type { ArticleGraph } from '../src/domain/graph.ts';
import { statements, type Executor } from '../src/graph/index.ts';
import { toRows } from '../src/graph/write/rows.ts';
import { PRESENT_ARTICLES, WRITE_PLAN } from '../src/graph/write/write-plan.ts';

/** Writes each graph in its own transaction, one statement per row; returns the statements run. */
export async function writeNaively(executor: Executor, graphs: readonly ArticleGraph[]): Promise<number> {
  let runs = 0;
  for (const graph of graphs) {
    await executor.writeTransaction(async (tx) => {
      const present = await tx.run(statements.get(PRESENT_ARTICLES), { ids: [graph.article.id] });
      runs += 1;
      if (present.length > 0) return;
      const rows = toRows([graph]);
      for (const s of WRITE_PLAN) {
        for (const row of s.rows(rows)) {
          await tx.update(statements.get(s.name), { rows: [row] });
          runs += 1;
        }
      }
    });
  }
  return runs;
}
