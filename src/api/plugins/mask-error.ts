/**
 * What clients see of an error. Errors about the request (validation, bad
 * arguments: GraphQLErrors thrown on purpose) pass as they are. A graph database that
 * cannot be reached is said so, with code SERVICE_UNAVAILABLE. Anything else is a bug
 * and becomes "Unexpected error." with code INTERNAL_SERVER_ERROR: never a message
 * from inside, never a stack trace (`isDev` is ignored). The original is logged.
 */
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { isParleyError } from '../../errors.ts';

const UNAVAILABLE = new Set(['NEO4J_UNAVAILABLE', 'NEO4J_AUTH', 'NEO4J_NOT_RUNNING']);

export type ErrorLog = (message: string) => void;

export function createMaskError(log: ErrorLog) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (isParleyError(original) && UNAVAILABLE.has(original.code)) {
      log(`graph unavailable: ${original.message}`);
      const located = error instanceof GraphQLError ? error : undefined;
      return new GraphQLError('The graph database is not reachable; try again later.', {
        nodes: located?.nodes,
        path: located?.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    const masked = yogaMaskError(error, message, false);
    if (masked !== error) log(`internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    return masked;
  };
}
