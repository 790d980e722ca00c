/**
 * The `Entity` interface (question 2, the profile): every concrete type inherits
 * these resolvers (`inheritResolversFromInterfaces`). Lists of events and articles
 * go through batched, per-argument loaders; figures through the stats loader.
 */
import type { EntityResolvers } from '../generated/resolvers-types.ts';
import type { ArticleRow, EntityRow, Link } from '../model.ts';
import { EVENT_TYPES } from '../../domain/graph.ts';
import { keysetAfter, keysetPage, pageSize, selects } from '../pagination.ts';
import { kindOf } from './arguments.ts';
import { eventParams, eventsOf } from './event-pages.ts';

type ArticleKeyRow = ArticleRow & { key: string };

/** Articles `articles-mentioning` reads from the date index, in order, for an entity in many articles. */
const MENTIONING_SCAN = 1000;

/** The entities at the end of an entity's links of one type, in link order. */
export async function linked(row: EntityRow, type: Link['type'], load: (ids: string[]) => Promise<(EntityRow | Error | null)[]>): Promise<EntityRow[]> {
  const ids = row.links.filter((l) => l.type === type).map((l) => l.id);
  if (ids.length === 0) return [];
  return (await load(ids)).filter((e): e is EntityRow => !!e && !(e instanceof Error));
}

export const Entity: EntityResolvers = {
  __resolveType: (row) => row.kind,
  kind: (row) => kindOf(row.kind) as never,
  eventsAsActor: (row, { types, first, after }, ctx, info) => eventsOf(ctx, info, 'actor', row.id, eventParams({ types }), { first, after }),
  eventsAsTarget: (row, { types, first, after }, ctx, info) => eventsOf(ctx, info, 'target', row.id, eventParams({ types }), { first, after }),
  eventCounts: async (row, _args, ctx) => {
    const stats = await ctx.loaders.stats.load(row.id);
    const count = (list: { type: string; n: number }[] | undefined, type: string) => list?.find((c) => c.type === type)?.n ?? 0;
    return EVENT_TYPES.map((type) => ({ type, asActor: count(stats?.asActor, type), asTarget: count(stats?.asTarget, type) })).filter(
      (c) => c.asActor > 0 || c.asTarget > 0,
    );
  },
  firstSeen: async (row, _args, ctx) => (await ctx.loaders.seen.load(row.id))?.firstSeen ?? null,
  lastSeen: async (row, _args, ctx) => (await ctx.loaders.seen.load(row.id))?.lastSeen ?? null,
  mentionedIn: async (row, { first, after }, ctx, info) => {
    const limit = pageSize(first, ctx.maxPageSize, 10);
    const { page, total } = await ctx.loaders
      .paged<ArticleKeyRow>('articles-mentioning', { ...keysetAfter(after), limit: limit + 1, scan: MENTIONING_SCAN, withTotal: selects(info, 'totalCount') })
      .load(row.id);
    return keysetPage(page, limit, total, ({ key: _key, ...article }) => article);
  },
};
