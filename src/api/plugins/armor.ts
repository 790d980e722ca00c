/**
 * Limits on what one request may ask (graphql-armor): depth, cost, aliases, tokens
 * and directives. Over a limit, the request fails validation before any query runs,
 * with code GRAPHQL_VALIDATION_FAILED and a message naming the limit. The deepest
 * useful query (search → events → reports → article) is depth 10; page sizes are
 * bounded separately by `maxPageSize`.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface ArmorLimits {
  /** Default 12. */
  maxDepth: number;
  /** Default 5000 (graphql-armor's cost: objects 2, scalars 1, × depth factor 1.5). */
  maxCost: number;
  /** Default 15. */
  maxAliases: number;
  /** Default 2000. */
  maxTokens: number;
  /** Default 20. */
  maxDirectives: number;
}

export const DEFAULT_LIMITS: ArmorLimits = { maxDepth: 12, maxCost: 5000, maxAliases: 15, maxTokens: 2000, maxDirectives: 20 };

/** Validation limits report to the validation context (not throw), so that every error is collected and coded. */
const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)] };

export function useArmor(limits: ArmorLimits = DEFAULT_LIMITS, { suggestions = true } = {}): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...report },
    costLimit: { maxCost: limits.maxCost, ...report },
    maxAliases: { n: limits.maxAliases, ...report },
    // Parsing cannot go on past the limit: this one throws, and use-limit-errors gives it its code.
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives, ...report },
    // Field suggestions ("did you mean …") help in GraphiQL; off when the schema is not public.
    blockFieldSuggestion: { enabled: !suggestions },
  }) as Plugin;
}
