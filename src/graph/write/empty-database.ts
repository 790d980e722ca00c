/**
 * Empties the database in bounded transactions: relationships, then nodes, `limit` at a
 * time, until none are left; the schema stays. `admin/delete-all` is one transaction,
 * which outgrows the transaction memory limit on a large graph (50,000 articles).
 */
import type { Executor } from '../executor.ts';
import { statements as defaultRegistry, type StatementRegistry } from '../statements.ts';

/** Deletes every relationship and node; returns how many of each. */
export async function emptyDatabase(
  executor: Executor,
  limit = 20_000,
  registry: StatementRegistry = defaultRegistry,
): Promise<{ relationships: number; nodes: number }> {
  const drain = async (name: string): Promise<number> => {
    let total = 0;
    for (;;) {
      const [row] = await executor.write<{ deleted: number }>(registry.get(name), { limit });
      const deleted = Number(row?.deleted ?? 0);
      total += deleted;
      if (deleted < limit) return total;
    }
  };
  const relationships = await drain('admin/delete-relationships');
  const nodes = await drain('admin/delete-nodes');
  return { relationships, nodes };
}
