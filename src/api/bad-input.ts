/**
 * Errors in a request's arguments: a GraphQLError that reaches the client as it is
 * (not masked), with `extensions.code = "BAD_USER_INPUT"`, a `reason` a client can
 * branch on, and the argument it is about.
 */
import { GraphQLError } from 'graphql';

export type BadInputReason =
  | 'UNKNOWN_ISO_CODE'
  | 'INVALID_ENTITY_REF'
  | 'INVALID_DATE'
  | 'INVERTED_DATE_RANGE'
  | 'PAGE_TOO_LARGE'
  | 'INVALID_CURSOR'
  | 'OUT_OF_RANGE';

export function badInput(reason: BadInputReason, message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', reason, ...(argument ? { argument } : {}) },
  });
}
