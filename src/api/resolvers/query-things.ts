/**
 * Question 5: `talks`, `sanctions` and `agreements`, each filtered on its own
 * properties and relationships (anchored on the party or target when one is given).
 * The statements return the page in order, each row with its entity, and the entities
 * they link to when those are asked for (primed into the entity loader, so that the
 * page and its parties cost no second query).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import type { RawEntity } from '../loaders.ts';
import type { EntityRow, Page } from '../model.ts';
import { keysetAfter, keysetPage, pageSize, selects, selectsBelow } from '../pagination.ts';
import { dateRange, listOrNull } from './arguments.ts';

/** How many talks or agreements `talks-of-party` and `agreements-of-party` read in index order before sorting the party's own. */
const THINGS_SCAN = 500;

/** The fields of talks, sanctions and agreements that name linked entities: when one is selected, they come with the page. */
const LINKED = ['parties', 'place', 'imposer', 'targets'];

async function entityPage(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  statement: string,
  params: Record<string, unknown>,
  args: { first?: number | null; after?: string | null },
): Promise<Page<EntityRow>> {
  const limit = pageSize(args.first, ctx.maxPageSize);
  const [row] = await ctx.graph.read<{ page: { id: string; key: string; entity: RawEntity }[]; total: number | null; entities: RawEntity[] | null }>(statement, {
    ...params,
    ...keysetAfter(args.after),
    limit: limit + 1,
    withTotal: selects(info, 'totalCount'),
    withEntities: selectsBelow(info, LINKED),
  });
  const rows = row?.page ?? [];
  ctx.loaders.primeEntities(rows.slice(0, limit).map((r) => r.entity));
  ctx.loaders.primeEntities(row?.entities);
  const entities = await ctx.loaders.entity.loadMany(rows.slice(0, limit).map((r) => r.id));
  const byId = new Map(entities.flatMap((e) => (e && !(e instanceof Error) ? [[e.id, e] as const] : [])));
  const page = keysetPage(rows, limit, row?.total ?? 0, (r) => byId.get(r.id)!);
  page.edges = page.edges.filter((e) => e.node);
  page.nodes = page.edges.map((e) => e.node);
  return page;
}

export const talks: QueryResolvers['talks'] = (_parent, { filter, first, after }, ctx, info) =>
  entityPage(ctx, info, filter?.party ? 'talks-of-party' : 'talks', {
    status: listOrNull(filter?.status),
    party: filter?.party ?? null,
    place: filter?.place ?? null,
    ...dateRange(filter?.from, filter?.to, ['filter.from', 'filter.to']),
    scan: THINGS_SCAN,
  }, { first, after });

export const sanctions: QueryResolvers['sanctions'] = (_parent, { filter, first, after }, ctx, info) => {
  const range = dateRange(filter?.deadlineAfter, filter?.deadlineBefore, ['filter.deadlineAfter', 'filter.deadlineBefore']);
  return entityPage(ctx, info, filter?.target ? 'sanctions-of-target' : 'sanctions', {
    status: listOrNull(filter?.status),
    imposer: filter?.imposer ?? null,
    target: filter?.target ?? null,
    deadlineAfter: range.from,
    deadlineBefore: range.to,
  }, { first, after });
};

export const agreements: QueryResolvers['agreements'] = (_parent, { filter, first, after }, ctx, info) =>
  entityPage(ctx, info, filter?.party ? 'agreements-of-party' : 'agreements', { status: listOrNull(filter?.status), party: filter?.party ?? null, scan: THINGS_SCAN }, { first, after });
