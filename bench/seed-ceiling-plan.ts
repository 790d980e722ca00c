/**
 * The graph the batch writer leaves behind, precomputed in Node for `bench:seed-ceiling`:
 * every node with its labels and final properties, every relationship with its type, ends
 * and properties. Built from `toRows` over all articles at once, which applies the same
 * rules across the whole input that the write statements apply across batches (first
 * name, sorted union of aliases, latest attributes, highest confidence, one typed
 * relationship per event), so it is the same graph: same nodes, relationships and
 * properties, with nothing left for the database to decide.
 */
import type { ArticleGraph } from '../src/domain/graph.ts';
import { EVENT_TYPES } from '../src/domain/graph.ts';
import { toRows, type Props } from '../src/graph/write/rows.ts';
import { entityRows, eventRows, linkRows } from '../src/graph/write/write-plan.ts';

type Value = string | number | boolean | string[];

export interface PlannedNode {
  key: string;
  labels: string[];
  props: Record<string, Value>;
}

export interface PlannedRelationship {
  /** Natural keys of the ends. */
  a: string;
  b: string;
  props: Record<string, Value>;
}

export interface CeilingPlan {
  nodes: PlannedNode[];
  /** Relationship type → its relationships. */
  relationships: Map<string, PlannedRelationship[]>;
  relationshipCount: number;
}

/** Drops nulls, as `SET n = map` does. */
function defined(values: Record<string, Value | null | undefined>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

export function ceilingPlan(graphs: readonly ArticleGraph[]): CeilingPlan {
  const rows = toRows(graphs);
  const nodes: PlannedNode[] = [];
  const relationships = new Map<string, PlannedRelationship[]>();
  const rel = (type: string, a: string, b: string, props: Props | Record<string, Value> = {}): void => {
    let list = relationships.get(type);
    if (!list) relationships.set(type, (list = []));
    list.push({ a, b, props });
  };

  for (const a of rows.articles) nodes.push({ key: a.id, labels: ['Article'], props: { id: a.id, ...a.props } });
  for (const e of entityRows(rows)) {
    nodes.push({
      key: e.id,
      labels: ['Entity', e.kind],
      props: { ...e.props, id: e.id, name: e.name, aliases: e.aliases, aliasText: e.aliases.join(' | ') },
    });
  }
  const events = eventRows(rows);
  for (const e of events) {
    nodes.push({
      key: e.id,
      labels: ['Event'],
      props: defined({
        id: e.id, type: e.type, cameo: e.cameo, modality: e.modality, date: e.date, actor: e.actor,
        object: e.object, targets: e.targets, confidence: e.confidence, reports: e.reports.length,
      }),
    });
  }

  for (const r of rows.actsFor) rel('ACTS_FOR', r.from, r.to, { title: r.title, titles: r.titles });
  for (const l of linkRows(rows)) rel(l.type, l.from, l.to);
  for (const e of events) {
    rel('ACTOR', e.id, e.actor);
    for (const o of e.objectIds) rel('OBJECT', e.id, o);
    for (const t of e.targetIds) rel('TARGET', e.id, t);
    for (const p of e.reports) rel('REPORTED_IN', e.id, p.article, p.props);
  }
  for (const type of EVENT_TYPES) {
    for (const a of rows.actions[type]) rel(type, a.from, a.to, defined({ event: a.event, modality: a.modality, date: a.date, cameo: a.cameo }));
  }
  for (const m of rows.mentions) rel('MENTIONS', m.article, m.entity, { count: m.count });

  let relationshipCount = 0;
  for (const list of relationships.values()) relationshipCount += list.length;
  return { nodes, relationships, relationshipCount };
}
