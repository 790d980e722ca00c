/**
 * The comparison for `npm run bench:api`: the same graph served by @neo4j/graphql (the
 * library a user would otherwise pick), with type definitions for Parley's model and the
 * queries of the mix written in its dialect (filters, sort, limit, full-text).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

export const typeDefs = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entityNames", queryName: "entitySearch", fields: ["name", "aliasText"] }]) {
    id: ID!
    name: String
    aliases: [String!]
    aliasText: String
    iso3: String
    status: String
    date: String
    deadline: String
    actorOf: [Event!]! @relationship(type: "ACTOR", direction: IN)
    targetOf: [Event!]! @relationship(type: "TARGET", direction: IN)
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }
  type Talks @node {
    id: ID!
    name: String
    status: String
    date: String
    parties: [Entity!]! @relationship(type: "PARTY", direction: OUT)
    place: [Entity!]! @relationship(type: "HELD_IN", direction: OUT)
  }
  type Sanction @node {
    id: ID!
    name: String
    status: String
    deadline: String
    targets: [Entity!]! @relationship(type: "TARGETS", direction: OUT)
    imposer: [Entity!]! @relationship(type: "IMPOSED_BY", direction: OUT)
  }
  type Event @node {
    id: ID!
    type: String
    modality: String
    date: String
    confidence: Float
    reports: Int
    actorEntity: [Entity!]! @relationship(type: "ACTOR", direction: OUT)
    objectEntity: [Entity!]! @relationship(type: "OBJECT", direction: OUT)
    targetEntities: [Entity!]! @relationship(type: "TARGET", direction: OUT)
    reportedIn: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Report")
  }
  type Report @relationshipProperties {
    sentence: String
    start: Int
    end: Int
  }
  type Article @node {
    id: ID!
    url: String
    title: String
    source: String
    published: String
    events: [Event!]! @relationship(type: "REPORTED_IN", direction: IN, properties: "Report")
    mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT)
  }
`;

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startNeo4jGraphQL(driver: Driver, database: string): Promise<RunningServer> {
  // Dates are ISO strings: range filters on strings are an opt-in feature.
  const neo = new Neo4jGraphQL({ typeDefs, driver, features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } } });
  const schema = await neo.getSchema();
  const yoga = createYoga({ schema, context: { sessionConfig: { database } }, logging: false, graphiql: false });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
