/**
 * Applies the schema: every statement under `cypher/schema/` (constraints and
 * indexes, all `IF NOT EXISTS`, so applying twice changes nothing), then waits until
 * the indexes are online. Commands that write or serve call it first.
 */
import type { Executor } from './executor.ts';
import { statements as defaultRegistry, type StatementRegistry } from './statements.ts';

export interface MigrateResult {
  /** Names of the schema statements run, in order. */
  applied: string[];
}

/** Applies `cypher/schema/*.cypher` in name order and awaits the indexes (`admin/await-indexes`). */
export async function migrate(executor: Executor, registry: StatementRegistry = defaultRegistry): Promise<MigrateResult> {
  const applied: string[] = [];
  for (const statement of registry.list('schema/')) {
    await executor.write(statement);
    applied.push(statement.name);
  }
  await executor.read(registry.get('admin/await-indexes'));
  return { applied };
}
