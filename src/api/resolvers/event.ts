/** `Event`: one fact, with its parties (entity loader) and provenance (batched per page of events). */
import type { EventResolvers } from '../generated/resolvers-types.ts';
import type { ArticleRow, EntityRow, EventRow } from '../model.ts';
import { toReport } from '../loaders.ts';
import { keysetAfter, keysetPage, pageSize } from '../pagination.ts';
import { modalityOf } from './arguments.ts';

type RawReportRow = { report: Record<string, unknown>; article: ArticleRow; key: string };

export const Event: EventResolvers = {
  modality: (row) => (modalityOf(row.modality) ?? 'ASSERTED') as never,
  type: (row) => row.type as never,
  confidence: (row) => row.confidence ?? 0,
  actor: async (row, _args, ctx) => (await ctx.loaders.entity.load(row.actor)) ?? placeholder(row.actor),
  object: (row, _args, ctx) => (row.object ? ctx.loaders.entity.load(row.object) : null),
  targets: async (row, _args, ctx) =>
    (await ctx.loaders.entity.loadMany(row.targets ?? [])).filter((e): e is EntityRow => !!e && !(e instanceof Error)),
  reportCount: (row) => row.reports ?? 0,
  reports: async (row: EventRow, { first, after }, ctx) => {
    const limit = pageSize(first, ctx.maxPageSize, 5);
    const { page, total } = await ctx.loaders.paged<RawReportRow>('reports-by-event', { ...keysetAfter(after), limit: limit + 1 }).load(row.id);
    const keyed = page.map((raw) => ({ ...raw, id: raw.article.id }));
    return keysetPage(keyed, limit, total, (raw) => toReport(raw, row.id, raw.article.id));
  },
};

/** An actor the graph names but holds no node for (never expected: the writer writes entities first). */
function placeholder(id: string): EntityRow {
  return { id, kind: 'Organization', name: id, aliases: [], links: [] };
}
