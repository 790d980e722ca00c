/** `Overview` (question 8): each part is its own statement, run only when selected. */
import type { OverviewResolvers } from '../generated/resolvers-types.ts';
import type { ActorCountRow, DyadCountRow } from '../model.ts';
import { kindOf, within } from './arguments.ts';

export const Overview: OverviewResolvers = {
  entityCounts: async (_row, _args, ctx) =>
    (await ctx.graph.read<{ kind: string; count: number }>('overview-entity-counts')).map((r) => ({ kind: kindOf(r.kind) as never, count: r.count })),
  eventCounts: (row, _args, ctx) => ctx.graph.read('overview-event-counts', { from: row.from, to: row.to }) as never,
  topActors: (row, { first }, ctx) =>
    ctx.graph.read<ActorCountRow>('overview-top-actors', { from: row.from, to: row.to, limit: within(first, 0, ctx.maxPageSize, 'first') }),
  topDyads: (row, { first }, ctx) =>
    ctx.graph.read<DyadCountRow>('overview-top-dyads', { from: row.from, to: row.to, limit: within(first, 0, ctx.maxPageSize, 'first') }),
};
