import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../src/errors.ts';
import { mapNeo4jError } from '../../src/graph/map-neo4j-error.ts';

const driverError = (code: string, message = 'boom') => new Neo4jError(message, code, 'N/A', 'N/A');

describe('mapNeo4jError', () => {
  it('maps an unreachable server to NEO4J_UNAVAILABLE', () => {
    expect(mapNeo4jError(driverError('ServiceUnavailable'), { uri: 'bolt://h:1' })).toMatchObject({ code: 'NEO4J_UNAVAILABLE' });
    expect(mapNeo4jError(driverError('SessionExpired'))).toMatchObject({ code: 'NEO4J_UNAVAILABLE' });
  });

  it('maps refused credentials to NEO4J_AUTH', () => {
    expect(mapNeo4jError(driverError('Neo.ClientError.Security.Unauthorized'))).toMatchObject({ code: 'NEO4J_AUTH' });
  });

  it('maps a missing database to CONFIG, naming it', () => {
    const mapped = mapNeo4jError(driverError('Neo.ClientError.Database.DatabaseNotFound'), { database: 'graph' });
    expect(mapped).toMatchObject({ code: 'CONFIG', message: expect.stringContaining('"graph"') });
  });

  it('maps any other server error to NEO4J_QUERY, naming the statement', () => {
    const mapped = mapNeo4jError(driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input\nline 2'), { statement: 'read/events' });
    expect(mapped).toBeInstanceOf(ParleyError);
    expect(mapped).toMatchObject({ code: 'NEO4J_QUERY', message: 'Neo4j error in statement read/events: Invalid input (Neo.ClientError.Statement.SyntaxError)' });
  });

  it('leaves errors that are not the driver\'s alone: they are bugs', () => {
    const bug = new TypeError('x is undefined');
    expect(mapNeo4jError(bug)).toBe(bug);
  });
});
