/** Question 6, `connections`: the shortest paths between two entities, at most 4 hops. */
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import type { PathRow } from '../model.ts';
import { within } from './arguments.ts';

/** The bound written into `cypher/read/connections.cypher`. */
export const MAX_HOPS = 4;

export const connections: QueryResolvers['connections'] = (_parent, { from, to, maxHops, first }, ctx) =>
  ctx.graph.read<PathRow>('connections', {
    from,
    to,
    maxHops: within(maxHops, 1, MAX_HOPS, 'maxHops'),
    limit: within(first, 0, ctx.maxPageSize, 'first'),
  });
