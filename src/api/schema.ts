/**
 * The executable schema: `schema.graphql` (the contract) bound to the resolvers.
 * Start-up fails, with graphql-tools' message naming the field, when a field that
 * takes arguments has no resolver, an interface has no `__resolveType`, or a
 * resolver names something the schema lacks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.ts';

/** The path of the contract, at the repository root. */
export const SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export function buildSchema(typeDefs: string = readFileSync(SCHEMA_PATH, 'utf8')): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers: resolvers as never,
    inheritResolversFromInterfaces: true,
    resolverValidationOptions: {
      requireResolversForArgs: 'error',
      requireResolversForResolveType: 'error',
      requireResolversToMatchSchema: 'error',
    },
  });
}
