/** Question 8, `overview`: the period is checked here; each part is queried only when selected. */
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { dateRange } from './arguments.ts';

export const overview: QueryResolvers['overview'] = (_parent, { from, to }) => dateRange(from, to);
