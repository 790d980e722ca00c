/** `Report`: one article's report of an event; the ends come with the row or from the loaders. */
import type { ReportResolvers } from '../generated/resolvers-types.ts';
import { modalityOf } from './arguments.ts';

export const Report: ReportResolvers = {
  event: async (row, _args, ctx) => row.event ?? (await ctx.loaders.event.load(row.eventId))!,
  article: async (row, _args, ctx) => row.article ?? (await ctx.loaders.article.load(row.articleId))!,
  span: (row) => ({ start: row.start, end: row.end, field: row.field ?? 'body' }),
  modality: (row) => modalityOf(row.modality) as never,
  speaker: (row, _args, ctx) => (row.speaker ? ctx.loaders.entity.load(row.speaker) : null),
};
