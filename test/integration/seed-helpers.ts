/**
 * Shared by the seeding integration tests: the environment of a `parley` subprocess
 * that talks to the test Neo4j, counts by label and type, and a fingerprint of the
 * whole graph (every node with its labels and properties, every relationship with its
 * ends and properties) to compare two runs exactly.
 */
import { createHash } from 'node:crypto';
import type { Connection, Graph } from '../../src/graph/index.ts';

/** Env for a `parley` subprocess that talks to the test server. */
export function childEnv(c: Connection): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database };
}

const q = (text: string) => ({ name: 'test/seed', text });

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(graph: Graph): Promise<GraphCounts> {
  const nodes = await graph.executor.read<{ label: string; n: number }>(q('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label'));
  const rels = await graph.executor.read<{ type: string; n: number }>(q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'));
  return {
    nodes: Object.fromEntries(nodes.map((r) => [r.label, r.n])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.n])),
  };
}

const canonical = (value: unknown): string => JSON.stringify(value, (_k, v) =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);

/** A hash of every node and relationship with all their properties: equal iff the graphs are equal. */
export async function fingerprint(graph: Graph): Promise<string> {
  const nodes = await graph.executor.read<{ l: string[]; p: Record<string, unknown> }>(q('MATCH (n) RETURN labels(n) AS l, properties(n) AS p'));
  const rels = await graph.executor.read<{ a: string; t: string; b: string; p: Record<string, unknown> }>(
    q('MATCH (x)-[r]->(y) RETURN x.id AS a, type(r) AS t, y.id AS b, properties(r) AS p'));
  const lines = [
    ...nodes.map((n) => canonical([[...n.l].sort(), n.p])),
    ...rels.map((r) => canonical([r.a, r.t, r.b, r.p])),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
