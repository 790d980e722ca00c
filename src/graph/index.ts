/**
 * The Neo4j seam. Everything outside src/graph reaches Neo4j through these exports:
 * `connect(config)` for an executor, `statements.get(name)` for Cypher, and
 * `migrate(executor)` before writing or serving.
 */
export { connect, connectTo, type Graph } from './connect.ts';
export { connectionFor, createDriver, type Connection } from './driver.ts';
export { Executor, type ExecutorOptions, type QueryRunner, type Row, type Params } from './executor.ts';
export { mapNeo4jError } from './map-neo4j-error.ts';
export { migrate, type MigrateResult } from './migrate.ts';
export { statements, StatementRegistry, parseStatement, CYPHER_ROOT, type Statement } from './statements.ts';
