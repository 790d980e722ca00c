/** Question 6, `connections`: the shortest paths between two entities, at most 4 hops. */
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import type { RawEntity } from '../loaders.ts';
import type { PathRow } from '../model.ts';
import { within } from './arguments.ts';

/** The bound written into `cypher/read/connections.cypher`. */
export const MAX_HOPS = 4;

export const connections: QueryResolvers['connections'] = async (_parent, { from, to, maxHops, first }, ctx) => {
  const paths = await ctx.graph.read<PathRow & { entities: RawEntity[] }>('connections', {
    from,
    to,
    maxHops: within(maxHops, 1, MAX_HOPS, 'maxHops'),
    limit: within(first, 0, ctx.maxPageSize, 'first'),
  });
  // The path's entities come with it: its nodes and steps ask the graph no more.
  for (const path of paths) ctx.loaders.primeEntities(path.entities);
  return paths;
};
