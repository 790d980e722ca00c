/** Question 2, `entity`: one entity by id or ISO3 code; its profile is the fields of `Entity`. */
import type { QueryResolvers } from '../generated/resolvers-types.ts';

export const entity: QueryResolvers['entity'] = (_parent, { ref }, ctx) => ctx.loaders.entity.load(ref);
