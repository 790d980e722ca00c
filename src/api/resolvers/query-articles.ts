/** Question 7: `articles` by source and publication date, and one `article` by id. */
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import type { ArticleRow } from '../model.ts';
import { keysetAfter, keysetPage, pageSize, selects } from '../pagination.ts';
import { dateRange } from './arguments.ts';

type ArticleKeyRow = ArticleRow & { key: string };

export const articles: QueryResolvers['articles'] = async (_parent, { filter, first, after }, ctx, info) => {
  const limit = pageSize(first, ctx.maxPageSize);
  const range = dateRange(filter?.from, filter?.to, ['filter.from', 'filter.to']);
  const ranged = range.from !== null || range.to !== null;
  // A date range reads the published index in order; without one, undated articles come last.
  const [row] = await ctx.graph.read<{ page: ArticleKeyRow[]; total: number | null }>(ranged ? 'articles-in-range' : 'articles', {
    source: filter?.source ?? null,
    ...(ranged ? { from: range.from ?? '', to: range.to ?? '9999-12-31' } : range),
    ...keysetAfter(after),
    limit: limit + 1,
    withTotal: selects(info, 'totalCount'),
  });
  return keysetPage(row?.page ?? [], limit, row?.total ?? 0, ({ key: _key, ...article }) => article);
};

export const article: QueryResolvers['article'] = (_parent, { id }, ctx) => ctx.loaders.article.load(id);
