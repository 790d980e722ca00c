/**
 * Pages of events, for every field that lists them: the top-level `events` and
 * `timeline`, an entity's `eventsAsActor`/`eventsAsTarget`, and the `events` of talks,
 * sanctions and agreements. Each picks the statement anchored where the query is
 * narrowest (an entity's relationships, a pair of sides, the date index, else all
 * events) and passes every filter as a parameter (null: no filter).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { EventFilter } from '../generated/resolvers-types.ts';
import type { EventRow, Page } from '../model.ts';
import { keysetAfter, keysetPage, pageSize, selects, selectsBelow } from '../pagination.ts';
import type { RawEntity } from '../loaders.ts';
import { dateRange, listOrNull, storedModality } from './arguments.ts';

type EventKeyRow = EventRow & { key: string };

/**
 * How many events, in date order from where a page starts, the `events-by-<role>` and
 * `events-between` statements read from an index before they fall back to an entity's
 * own relationships: enough to fill a page for an entity in one event of a few hundred
 * (target, object: from the date index, `event_date`), or for an actor whose events
 * mostly match the filter (actor, between: from `event_actor_date`, which holds each
 * actor's events alone), cheap (a few thousand index entries) when it does not.
 */
export const EVENT_SCAN = 2000;

export interface EventParams {
  types: string[] | null;
  modalities: string[] | null;
  from: string | null;
  to: string | null;
  minConfidence: number | null;
  actor: string | null;
  target: string | null;
  source: string | null;
}

/** The statement parameters for an `EventFilter` (the pair, `between`, is handled by the caller). */
export function eventParams(filter: EventFilter | null | undefined): EventParams {
  const { from, to } = dateRange(filter?.from, filter?.to, ['filter.from', 'filter.to']);
  return {
    types: listOrNull(filter?.types),
    modalities: listOrNull(filter?.modalities)?.map(storedModality) ?? null,
    from,
    to,
    minConfidence: filter?.minConfidence ?? null,
    actor: filter?.actor ?? null,
    target: filter?.target ?? null,
    source: filter?.source ?? null,
  };
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const toEvent = ({ key: _key, ...event }: EventKeyRow): EventRow => event;

/**
 * Whether the events' parties will be asked for: then the statement returns their
 * entities with the page (`withEntities`), which saves the entity loader a round trip.
 */
const withParties = (info: GraphQLResolveInfo) => selectsBelow(info, ['actor', 'object', 'targets']);

/** One entity's events in a role, through the batched `events-by-<role>` loader. */
export async function eventsOf(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  role: 'actor' | 'target' | 'object',
  id: string,
  params: EventParams,
  args: PageArgs,
): Promise<Page<EventRow>> {
  const limit = pageSize(args.first, ctx.maxPageSize, 10);
  const { page, total } = await ctx.loaders
    .paged<EventKeyRow>(`events-by-${role}`, { ...params, ...keysetAfter(args.after), limit: limit + 1, scan: EVENT_SCAN, withTotal: selects(info, 'totalCount'), withEntities: withParties(info) })
    .load(id);
  return keysetPage(page, limit, total, toEvent);
}

/** Events matching `params` and, when given, between the two sides of `pair`. */
export async function listEvents(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  params: EventParams,
  pair: [string, string] | null,
  args: PageArgs,
): Promise<Page<EventRow>> {
  const limit = pageSize(args.first, ctx.maxPageSize, 20);
  if (!pair && params.actor) return eventsOf(ctx, info, 'actor', params.actor, { ...params, actor: null }, args);
  if (!pair && params.target) return eventsOf(ctx, info, 'target', params.target, { ...params, target: null }, args);
  const common = { ...params, ...keysetAfter(args.after), limit: limit + 1, withTotal: selects(info, 'totalCount'), withEntities: withParties(info) };
  type Rows = { page: EventKeyRow[]; total: number | null; entities: RawEntity[] | null }[];
  const rows: Rows = pair
    ? await ctx.graph.read('events-between', { ...common, a: pair[0], b: pair[1], scan: EVENT_SCAN })
    : params.from !== null || params.to !== null
      ? await ctx.graph.read('events-in-range', { ...common, from: params.from ?? '', to: params.to ?? '9999-12-31' })
      : await ctx.graph.read('events', common);
  const row = rows[0] ?? { page: [], total: 0, entities: null };
  ctx.loaders.primeEntities(row.entities);
  return keysetPage(row.page, limit, row.total, toEvent);
}
