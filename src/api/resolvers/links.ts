/** Types that point at entities by id: roles, mentions, paths and their steps, overview counts. */
import type {
  ActorCountResolvers, DyadCountResolvers, MentionResolvers, PathResolvers, PathStepResolvers, RoleResolvers,
} from '../generated/resolvers-types.ts';
import type { ApiContext } from '../context.ts';
import type { EntityRow } from '../model.ts';

/** An entity by id; a node the graph lost between two queries becomes a bare one rather than an error. */
const entity = async (ctx: ApiContext, id: string): Promise<EntityRow> =>
  (await ctx.loaders.entity.load(id)) ?? { id, kind: 'Organization', name: id, aliases: [], links: [] };

export const Role: RoleResolvers = {
  person: (row, _args, ctx) => entity(ctx, row.person),
  of: (row, _args, ctx) => (row.of ? ctx.loaders.entity.load(row.of) : null),
};

export const Mention: MentionResolvers = {
  entity: (row, _args, ctx) => entity(ctx, row.entity),
};

export const Path: PathResolvers = {
  length: (row) => row.steps.length,
  nodes: (row, _args, ctx) => Promise.all(row.nodes.map((id) => entity(ctx, id))),
};

export const PathStep: PathStepResolvers = {
  relation: (row) => row.type,
  from: (row, _args, ctx) => entity(ctx, row.from),
  to: (row, _args, ctx) => entity(ctx, row.to),
  event: (row, _args, ctx) => (row.event ? ctx.loaders.event.load(row.event) : null),
};

export const ActorCount: ActorCountResolvers = {
  entity: (row, _args, ctx) => entity(ctx, row.actor),
};

export const DyadCount: DyadCountResolvers = {
  a: (row, _args, ctx) => entity(ctx, row.a),
  b: (row, _args, ctx) => entity(ctx, row.b),
};
