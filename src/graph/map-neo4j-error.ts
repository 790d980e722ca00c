/**
 * Turns the driver's errors into Parley's: the server cannot be reached
 * (NEO4J_UNAVAILABLE), the credentials are refused (NEO4J_AUTH), the database does
 * not exist (CONFIG), or a statement failed (NEO4J_QUERY, naming the statement).
 * Anything that is not a driver error is returned unchanged: it is a bug.
 */
import { Neo4jError } from 'neo4j-driver';
import { ParleyError, isParleyError } from '../errors.ts';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Where the error happened, for the message: a server address and a statement name. */
export interface ErrorContext {
  uri?: string;
  database?: string;
  statement?: string;
}

export function mapNeo4jError(error: unknown, context: ErrorContext = {}): unknown {
  if (isParleyError(error) || !(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  const where = context.uri ? ` at ${context.uri}` : '';
  if (UNAVAILABLE.has(code)) {
    return new ParleyError('NEO4J_UNAVAILABLE', `Neo4j${where} is not reachable: ${firstLine(error.message)}`, {
      cause: error,
      details: context.uri ? 'Start it with `parley db start`, or check NEO4J_URI.' : undefined,
    });
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new ParleyError('NEO4J_AUTH', `Neo4j${where} refused the credentials: ${firstLine(error.message)}`, {
      cause: error,
      details: 'Check NEO4J_USERNAME and NEO4J_PASSWORD (the local server keeps its password in <dir>/password).',
    });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ParleyError('CONFIG', `database "${context.database ?? '?'}" does not exist${where} (NEO4J_DATABASE)`, { cause: error });
  }
  const statement = context.statement ? ` in statement ${context.statement}` : '';
  return new ParleyError('NEO4J_QUERY', `Neo4j error${statement}: ${firstLine(error.message)} (${code || 'no code'})`, { cause: error });
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';
