/**
 * Questions 3 and 4: `events` (filtered, in date order) and `timeline` (what happened
 * between two parties, in date order).
 */
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { badInput } from '../bad-input.ts';
import { eventParams, listEvents } from './event-pages.ts';

function pairOf(list: readonly string[] | null | undefined, name: string): [string, string] | null {
  if (list == null) return null;
  if (list.length !== 2) throw badInput('OUT_OF_RANGE', `${name} takes exactly two parties, got ${list.length}`, name);
  return [list[0], list[1]];
}

export const events: QueryResolvers['events'] = (_parent, { filter, first, after }, ctx, info) =>
  listEvents(ctx, info, eventParams(filter), pairOf(filter?.between, 'filter.between'), { first, after });

export const timeline: QueryResolvers['timeline'] = (_parent, { between, from, to, types, first, after }, ctx, info) =>
  listEvents(ctx, info, eventParams({ from, to, types }), pairOf(between, 'between'), { first, after });
