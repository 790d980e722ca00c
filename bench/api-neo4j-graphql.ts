/**
 * The comparison for `npm run bench:api`: the same graph served by @neo4j/graphql (the
 * library a user would otherwise pick), with type definitions for Parley's model and the
 * queries of the mix written in its dialect (filters, sort, limit, full-text). What its
 * generated queries cannot ask (first/last seen, shortest paths, the overview's
 * aggregates) is written as a @neo4j/graphql user would write it: `@cypher` fields,
 * with the same Cypher as Parley's statements (the overview's: those for a period,
 * `cypher/read/overview-*-in-range.cypher`).
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
    firstSeen: String @cypher(statement: "MATCH (a:Article)-[:MENTIONS]->(this) WHERE a.published IS NOT NULL RETURN min(a.published) AS x", columnName: "x")
    lastSeen: String @cypher(statement: "MATCH (a:Article)-[:MENTIONS]->(this) WHERE a.published IS NOT NULL RETURN max(a.published) AS x", columnName: "x")
  }
  type Agreement @node {
    id: ID!
    name: String
    status: String
    parties: [Entity!]! @relationship(type: "PARTY", direction: OUT)
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
    mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT, properties: "Mention")
  }
  type Mention @relationshipProperties {
    count: Int
  }
  type Named {
    name: String
  }
  type PathStep {
    relation: String
    from: Named
    to: Named
  }
  type Path {
    length: Int
    nodes: [Named!]!
    steps: [PathStep!]!
  }
  type EventTypeTotal {
    type: String
    events: Int
    reports: Int
  }
  type ActorTotal {
    events: Int
    entity: Named
  }
  type DyadTotal {
    events: Int
    a: Named
    b: Named
  }
  type Query {
    connections(from: ID!, to: ID!, maxHops: Int!, first: Int!): [Path!]!
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from})
        MATCH (b:Entity {id: $to})
        WHERE a <> b
        MATCH p = allShortestPaths((a)-[:PROPOSES|WARNS|AGREED|MEETS|IMPOSES|EASES|DEMANDS|REJECTS|AIDS|ACCUSES|ACTS_FOR|PARTY|TARGETS|IMPOSED_BY|HELD_IN|DONOR|RECIPIENT*..4]-(b))
        WHERE length(p) <= $maxHops
        WITH p LIMIT $first
        RETURN {length: length(p), nodes: [n IN nodes(p) | {name: n.name}],
                steps: [r IN relationships(p) | {relation: type(r), from: {name: startNode(r).name}, to: {name: endNode(r).name}}]} AS path
        """
        columnName: "path"
      )
    overviewEventCounts(from: String!, to: String!): [EventTypeTotal!]!
      @cypher(
        statement: """
        MATCH (e:Event)
        WHERE e.date >= $from AND e.date <= $to
        WITH e.type AS type, count(*) AS events, sum(e.reports) AS reports
        ORDER BY type
        RETURN {type: type, events: events, reports: reports} AS row
        """
        columnName: "row"
      )
    overviewTopActors(from: String!, to: String!, first: Int!): [ActorTotal!]!
      @cypher(
        statement: """
        MATCH (e:Event)
        WHERE e.date >= $from AND e.date <= $to
        WITH e.actor AS actor, count(*) AS events
        ORDER BY events DESC, actor
        LIMIT $first
        MATCH (n:Entity {id: actor})
        RETURN {events: events, entity: {name: n.name}} AS row
        """
        columnName: "row"
      )
    overviewTopDyads(from: String!, to: String!, first: Int!): [DyadTotal!]!
      @cypher(
        statement: """
        MATCH (e:Event)
        WHERE e.date >= $from AND e.date <= $to
        UNWIND e.targets AS target
        WITH CASE WHEN e.actor < target THEN [e.actor, target] ELSE [target, e.actor] END AS pair, e
        WHERE pair[0] <> pair[1]
        WITH pair, count(DISTINCT e) AS events
        ORDER BY events DESC, pair[0], pair[1]
        LIMIT $first
        MATCH (a:Entity {id: pair[0]})
        MATCH (b:Entity {id: pair[1]})
        RETURN {events: events, a: {name: a.name}, b: {name: b.name}} AS row
        """
        columnName: "row"
      )
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
