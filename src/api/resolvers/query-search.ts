/**
 * Question 1, `search`: entities by name or alias through the full-text index
 * `entityNames`. The user's words become a Lucene query (special characters dropped,
 * so input is never syntax): each word must match, exactly (boosted), as a prefix, or
 * within one or two edits for longer words, so "Zelensky" finds Zelenskyy.
 */
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import type { EntityRow, SearchPage } from '../model.ts';
import { badInput } from '../bad-input.ts';
import type { RawEntity } from '../loaders.ts';
import { offsetAfter, offsetCursor, pageSize, selects } from '../pagination.ts';
import { labelOf, listOrNull } from './arguments.ts';

/** The Lucene query for `text`, or null when it holds no word. */
export function luceneQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const fuzzy = w.length >= 8 ? ` OR ${w}~2` : w.length >= 4 ? ` OR ${w}~1` : '';
      return `(${w}^4 OR ${w}*^2${fuzzy})`;
    })
    .join(' AND ');
}

export const search: QueryResolvers['search'] = async (_parent, { text, kinds, first, after }, ctx, info) => {
  const limit = pageSize(first, ctx.maxPageSize, 10);
  const query = luceneQuery(text);
  if (query === null) throw badInput('OUT_OF_RANGE', 'text must hold at least one word', 'text');
  const offset = offsetAfter(after);
  const labels = listOrNull(kinds)?.map(labelOf) ?? null;
  const withTotal = selects(info, 'totalCount');
  // Without kinds or a total, Lucene's own top-N suffices (search-entities-page).
  const [row] = await ctx.graph.read<{ total: number | null; page: { id: string; score: number; entity?: RawEntity }[] }>(
    labels === null && !withTotal ? 'search-entities-page' : 'search-entities',
    { query, kinds: labels, offset, limit: limit + 1, withTotal },
  );
  const hits = row?.page ?? [];
  const shown = hits.slice(0, limit);
  ctx.loaders.primeEntities(shown.map((h) => h.entity));
  const nodes = await ctx.loaders.entity.loadMany(shown.map((h) => h.id));
  const edges = shown.flatMap((hit, i) => {
    const node = nodes[i];
    return node && !(node instanceof Error) ? [{ cursor: offsetCursor(offset + i), score: hit.score, node: node as EntityRow }] : [];
  });
  const result: SearchPage = {
    totalCount: row?.total ?? 0,
    edges,
    pageInfo: {
      hasNextPage: hits.length > limit,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
  return result;
};
