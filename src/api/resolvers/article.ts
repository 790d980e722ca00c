/** `Article` (question 7): what was extracted from it, batched over a page of articles. */
import type { ArticleResolvers } from '../generated/resolvers-types.ts';
import { selectsBelow } from '../pagination.ts';
import { within } from './arguments.ts';

export const Article: ArticleResolvers = {
  reports: (row, { first }, ctx) => ctx.loaders.reportsByArticle(within(first, 0, ctx.maxPageSize, 'first')).load(row.id),
  mentions: (row, { first }, ctx, info) => ctx.loaders.mentionsByArticle(within(first, 0, ctx.maxPageSize, 'first'), selectsBelow(info, ['entity'])).load(row.id),
};
