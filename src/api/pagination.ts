/**
 * Cursor pagination. Lists are ordered by a sort key and then id, and a cursor is
 * that pair (keyset: a page never shifts when rows are added before it), encoded as
 * opaque base64url JSON. Search results, ranked by score, use an offset instead.
 * Pages are fetched one row long, to know whether another page follows.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { badInput } from './bad-input.ts';
import type { Page } from './model.ts';

export interface Keyset {
  afterKey: string | null;
  afterId: string | null;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function decode(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('INVALID_CURSOR', 'after is not a cursor this API gave out', 'after');
  }
}

/** The keyset parameters for `after` (both null on the first page). */
export function keysetAfter(after: string | null | undefined): Keyset {
  if (after == null) return { afterKey: null, afterId: null };
  const value = decode(after);
  if (!Array.isArray(value) || value.length !== 2 || typeof value[1] !== 'string' || typeof value[0] !== 'string') {
    throw badInput('INVALID_CURSOR', 'after is not a cursor of this list', 'after');
  }
  return { afterKey: value[0], afterId: value[1] };
}

/** The offset for `after` on an offset-paged list (search). */
export function offsetAfter(after: string | null | undefined): number {
  if (after == null) return 0;
  const value = decode(after);
  if (!Array.isArray(value) || value[0] !== 'o' || !Number.isInteger(value[1]) || value[1] < 0) {
    throw badInput('INVALID_CURSOR', 'after is not a cursor of this list', 'after');
  }
  return value[1] + 1;
}

export const offsetCursor = (index: number) => encode(['o', index]);

/** Checks `first` against the server's maximum page size: 0 ≤ first ≤ max. */
export function pageSize(first: number | null | undefined, max: number, fallback = 20): number {
  const n = first ?? fallback;
  if (n < 0) throw badInput('OUT_OF_RANGE', `first must be 0 or more, got ${n}`, 'first');
  if (n > max) throw badInput('PAGE_TOO_LARGE', `first must be at most ${max} (the maximum page size), got ${n}`, 'first');
  return n;
}

/**
 * Builds a connection from up to `limit + 1` rows in order, each with its sort `key`
 * and `id`; `toNode` turns a row into what the edge holds.
 */
export function keysetPage<R extends { key: string; id: string }, T>(
  rows: R[],
  limit: number,
  total: number | null,
  toNode: (row: R) => T,
): Page<T> {
  const shown = rows.slice(0, limit);
  const edges = shown.map((row) => ({ cursor: encode([row.key, row.id]), node: toNode(row) }));
  return {
    totalCount: total ?? 0,
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Whether the field being resolved selects `name` directly (through fragments too):
 * connections count their rows only when `totalCount` is asked for.
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return selected(info, (field) => field === name, false);
}

/**
 * Whether anything below the field being resolved selects a field named one of `names`,
 * at any depth (through fragments too): a list of events fetches its parties' entities
 * with the page only when some field will ask for them.
 */
export function selectsBelow(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  return selected(info, (field) => names.includes(field), true);
}

/** Whether a field `wanted` accepts is selected by the field being resolved: directly, or at any depth when `deep`. */
function selected(info: GraphQLResolveInfo, wanted: (field: string) => boolean, deep: boolean): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return wanted(selection.name.value) || (deep && inSet(selection.selectionSet));
      if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet);
      const fragmentName = selection.name.value;
      if (seen.has(fragmentName)) return false;
      seen.add(fragmentName);
      return inSet(info.fragments[fragmentName]?.selectionSet);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}
