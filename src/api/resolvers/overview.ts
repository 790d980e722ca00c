/**
 * `Overview` (question 8): each part is its own statement, run only when selected. A
 * period with a bound reads the date index (`overview-*-in-range`); all time, every event.
 * The aggregations over events are kept while the graph is unchanged (`ctx.aggregate`).
 */
import type { OverviewResolvers } from '../generated/resolvers-types.ts';
import type { ActorCountRow, DyadCountRow, OverviewRow } from '../model.ts';
import { kindOf, within } from './arguments.ts';

/** The statement for `name` over the row's period, and its parameters. */
function period(name: string, row: OverviewRow): [string, { from: string | null; to: string | null }] {
  if (row.from === null && row.to === null) return [name, { from: null, to: null }];
  return [`${name}-in-range`, { from: row.from ?? '', to: row.to ?? '9999-12-31' }];
}

export const Overview: OverviewResolvers = {
  entityCounts: async (_row, _args, ctx) =>
    (await ctx.graph.read<{ kind: string; count: number }>('overview-entity-counts')).map((r) => ({ kind: kindOf(r.kind) as never, count: r.count })),
  eventCounts: (row, _args, ctx) => {
    const [statement, params] = period('overview-event-counts', row);
    return ctx.aggregate(statement, params) as never;
  },
  topActors: (row, { first }, ctx) => {
    const [statement, params] = period('overview-top-actors', row);
    return ctx.aggregate<ActorCountRow>(statement, { ...params, limit: within(first, 0, ctx.maxPageSize, 'first') });
  },
  topDyads: (row, { first }, ctx) => {
    const [statement, params] = period('overview-top-dyads', row);
    return ctx.aggregate<DyadCountRow>(statement, { ...params, limit: within(first, 0, ctx.maxPageSize, 'first') });
  },
};
