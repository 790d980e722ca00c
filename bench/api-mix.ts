/**
 * The query mix of `npm run bench:api`: the eight questions of the API (search, a
 * profile, filtered events with provenance, a timeline, talks/sanctions/agreements,
 * connections, articles with what was extracted, an overview of a month), each in
 * Parley's API and, equivalently, in @neo4j/graphql's dialect (bench/api-neo4j-graphql.ts),
 * with arguments drawn from the seeded graph: several states, pairs, months, people
 * and names, so that the mix is not one hot key. The kinds alternate (search, profile,
 * events, …, then again with the next arguments), and both servers get the same list.
 */
import neo4j from 'neo4j-driver';
import type { Executor } from '../src/graph/index.ts';
import { luceneQuery } from '../src/api/resolvers/query-search.ts';

export interface MixParams {
  /** State ISO3 codes, most active first. */
  states: string[];
  /** Pairs of states with events between them, most active first. */
  pairs: [string, string][];
  /** Months with events: [from, to], busiest first. */
  months: [string, string][];
  /** Words to search for (surnames, organisation and state names). */
  names: string[];
  /** Person ids, most active first (connections start from them). */
  people: string[];
  /** Parties of talks (ISO3), most talks first. */
  talkParties: string[];
  /** Targets of sanctions (ISO3), most sanctions first. */
  sanctionTargets: string[];
}

export interface MixQuery {
  name: string;
  parley: { query: string; variables?: Record<string, unknown> };
  /** The same question for @neo4j/graphql. */
  neo4jGraphql: { query: string; variables?: Record<string, unknown> };
}

const q = (text: string) => ({ name: 'bench/api-mix', text });

/** The last day of `YYYY-MM`. */
const lastDay = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** Draws the mix's arguments from the graph (once, before the runs; not timed). */
export async function mixParams(executor: Executor, size = 6): Promise<MixParams> {
  const iso = (id: string) => id.replace(/^state:/, '');
  const states = await executor.read<{ id: string }>(q(`MATCH (s:State) WITH s, COUNT { (s)<-[:ACTOR]-(:Event) } AS c ORDER BY c DESC, s.id LIMIT $n RETURN s.id AS id`), { n: neo4j.int(size * 2) });
  const pairs = await executor.read<{ a: string; b: string }>(q(`MATCH (e:Event) WHERE e.actor STARTS WITH 'state:' UNWIND e.targets AS t WITH e.actor AS a, t AS b WHERE b STARTS WITH 'state:' AND a < b
    WITH a, b, count(*) AS c ORDER BY c DESC, a, b LIMIT $n RETURN a, b`), { n: neo4j.int(size) });
  const months = await executor.read<{ m: string }>(q(`MATCH (e:Event) WHERE e.date IS NOT NULL WITH substring(e.date, 0, 7) AS m, count(*) AS c ORDER BY c DESC, m LIMIT $n RETURN m`), { n: neo4j.int(Math.min(size, 4)) });
  const people = await executor.read<{ id: string; name: string }>(q(`MATCH (p:Person) WITH p, COUNT { (p)<-[:ACTOR]-(:Event) } AS c ORDER BY c DESC, p.id LIMIT $n RETURN p.id AS id, p.name AS name`), { n: neo4j.int(size) });
  const orgs = await executor.read<{ name: string }>(q(`MATCH (o:Organization) WITH o, COUNT { (o)<-[:ACTOR]-(:Event) } AS c ORDER BY c DESC, o.id LIMIT $n RETURN o.name AS name`), { n: neo4j.int(2) });
  const talkParties = await executor.read<{ id: string }>(q(`MATCH (s:State)<-[:PARTY]-(:Talks) WITH s, count(*) AS c ORDER BY c DESC, s.id LIMIT $n RETURN s.id AS id`), { n: neo4j.int(3) });
  const sanctionTargets = await executor.read<{ id: string }>(q(`MATCH (s:State)<-[:TARGETS]-(:Sanction) WITH s, count(*) AS c ORDER BY c DESC, s.id LIMIT $n RETURN s.id AS id`), { n: neo4j.int(3) });
  const stateNames = await executor.read<{ name: string }>(q(`MATCH (s:State) WHERE s.id IN $ids RETURN s.name AS name ORDER BY s.id`), { ids: states.slice(0, 2).map((s) => s.id) });
  return {
    states: states.map((s) => iso(s.id)),
    pairs: pairs.map((p) => [iso(p.a), iso(p.b)]),
    months: months.map(({ m }) => [`${m}-01`, lastDay(m)]),
    names: [...people.map((p) => p.name.split(' ').at(-1)!), ...orgs.map((o) => o.name), ...stateNames.map((s) => s.name)],
    people: people.map((p) => p.id),
    talkParties: talkParties.map((s) => iso(s.id)),
    sanctionTargets: sanctionTargets.map((s) => iso(s.id)),
  };
}

const sid = (iso: string) => `state:${iso}`;
const at = <T>(list: T[], i: number): T => list[i % list.length];

/** One query of each kind for the i-th arguments. */
function round(p: MixParams, i: number): MixQuery[] {
  const state = at(p.states, i);
  const [from, to] = at(p.months, i);
  const [a, b] = at(p.pairs, i);
  const name = at(p.names, i);
  const person = at(p.people, i);
  const other = at(p.states, i + 1);
  const party = at(p.talkParties, i);
  const target = at(p.sanctionTargets, i);
  // Profiles alternate between states (hubs) and people.
  const profiled = i % 2 === 0 ? { ref: state, id: sid(state) } : { ref: person, id: person };
  return [
    {
      name: 'search',
      parley: { query: `query($t: String!) { search(text: $t, first: 10) { edges { score node { id name } } } }`, variables: { t: name } },
      neo4jGraphql: { query: `query($t: String!) { entitySearch(phrase: $t, first: 10) { edges { score node { id name } } } }`, variables: { t: luceneQuery(name) } },
    },
    {
      name: 'profile',
      parley: {
        query: `query($r: EntityRef!) { entity(ref: $r) { id name aliases firstSeen lastSeen
          eventsAsActor(first: 5) { totalCount nodes { id type date targets { name } } }
          eventsAsTarget(first: 5) { totalCount nodes { id type date actor { name } } }
          mentionedIn(first: 5) { totalCount nodes { title published source } } } }`,
        variables: { r: profiled.ref },
      },
      neo4jGraphql: {
        query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name aliases firstSeen lastSeen
          actorOf(limit: 5, sort: [{ date: ASC }, { id: ASC }]) { id type date targetEntities { name } }
          actorOfConnection { totalCount }
          targetOf(limit: 5, sort: [{ date: ASC }, { id: ASC }]) { id type date actorEntity { name } }
          targetOfConnection { totalCount }
          mentionedIn(limit: 5, sort: [{ published: ASC }, { id: ASC }]) { title published source }
          mentionedInConnection { totalCount } } }`,
        variables: { id: profiled.id },
      },
    },
    {
      name: 'events',
      parley: { query: `query($t: EntityRef, $f: Date, $to: Date) { events(filter: { target: $t, from: $f, to: $to, types: [WARNS, IMPOSES, DEMANDS, ACCUSES] }, first: 20) { nodes { id type date modality actor { name } object { name } targets { name } reports(first: 3) { nodes { sentence article { url title source published } } } } } }`, variables: { t: state, f: from, to } },
      neo4jGraphql: { query: `query($id: ID!, $f: String!, $to: String!) { events(where: { targetEntities: { some: { id: { eq: $id } } }, date: { gte: $f, lte: $to }, type: { in: ["WARNS", "IMPOSES", "DEMANDS", "ACCUSES"] } }, sort: [{ date: ASC }, { id: ASC }], limit: 20) { id type date modality actorEntity { name } objectEntity { name } targetEntities { name } reportedInConnection(first: 3, sort: [{ node: { published: ASC } }, { node: { id: ASC } }]) { edges { properties { sentence } node { url title source published } } } } }`, variables: { id: sid(state), f: from, to } },
    },
    {
      name: 'timeline',
      parley: { query: `query($a: EntityRef!, $b: EntityRef!, $f: Date, $to: Date) { timeline(between: [$a, $b], from: $f, to: $to, first: 20) { nodes { date type actor { name } targets { name } } } }`, variables: { a, b, f: from, to } },
      neo4jGraphql: { query: `query($a: ID!, $b: ID!, $f: String!, $to: String!) { events(where: { date: { gte: $f, lte: $to }, OR: [{ actorEntity: { some: { id: { eq: $a } } }, targetEntities: { some: { id: { eq: $b } } } }, { actorEntity: { some: { id: { eq: $b } } }, targetEntities: { some: { id: { eq: $a } } } }] }, sort: [{ date: ASC }, { id: ASC }], limit: 20) { date type actorEntity { name } targetEntities { name } } }`, variables: { a: sid(a), b: sid(b), f: from, to } },
    },
    {
      name: 'talks-sanctions-agreements',
      parley: {
        query: `query($p: EntityRef, $t: EntityRef) {
          talks(filter: { party: $p }, first: 10) { nodes { name status date place { name } parties { name } } }
          sanctions(filter: { target: $t, status: [THREATENED, IMPOSED] }, first: 10) { nodes { name status deadline imposer { name } targets { name } } }
          agreements(filter: { party: $p }, first: 10) { nodes { name status parties { name } } } }`,
        variables: { p: party, t: target },
      },
      neo4jGraphql: {
        query: `query($p: ID!, $t: ID!) {
          talks(where: { parties: { some: { id: { eq: $p } } } }, sort: [{ date: ASC }, { id: ASC }], limit: 10) { name status date place { name } parties { name } }
          sanctions(where: { targets: { some: { id: { eq: $t } } }, status: { in: ["THREATENED", "IMPOSED"] } }, sort: [{ deadline: ASC }, { id: ASC }], limit: 10) { name status deadline imposer { name } targets { name } }
          agreements(where: { parties: { some: { id: { eq: $p } } } }, sort: [{ name: ASC }, { id: ASC }], limit: 10) { name status parties { name } } }`,
        variables: { p: sid(party), t: sid(target) },
      },
    },
    {
      name: 'connections',
      parley: { query: `query($a: EntityRef!, $b: EntityRef!) { connections(from: $a, to: $b, maxHops: 3, first: 3) { length nodes { name } steps { relation from { name } to { name } } } }`, variables: { a: person, b: other } },
      neo4jGraphql: { query: `query($a: ID!, $b: ID!) { connections(from: $a, to: $b, maxHops: 3, first: 3) { length nodes { name } steps { relation from { name } to { name } } } }`, variables: { a: person, b: sid(other) } },
    },
    {
      name: 'articles',
      parley: { query: `query($f: Date, $to: Date) { articles(filter: { from: $f, to: $to }, first: 10) { nodes { title url source published reports(first: 10) { sentence event { type } } mentions(first: 5) { count entity { name } } } } }`, variables: { f: from, to } },
      neo4jGraphql: { query: `query($f: String!, $to: String!) { articles(where: { published: { gte: $f, lte: $to } }, sort: [{ published: ASC }, { id: ASC }], limit: 10) { title url source published eventsConnection(first: 10) { edges { properties { sentence } node { type } } } mentionsConnection(first: 5, sort: [{ edge: { count: DESC } }]) { edges { properties { count } node { name } } } } }`, variables: { f: from, to } },
    },
    {
      name: 'overview',
      parley: { query: `query($f: Date, $to: Date) { overview(from: $f, to: $to) { eventCounts { type events reports } topActors(first: 5) { events entity { name } } topDyads(first: 5) { events a { name } b { name } } } }`, variables: { f: from, to } },
      neo4jGraphql: { query: `query($f: String!, $to: String!) { overviewEventCounts(from: $f, to: $to) { type events reports } overviewTopActors(from: $f, to: $to, first: 5) { events entity { name } } overviewTopDyads(from: $f, to: $to, first: 5) { events a { name } b { name } } }`, variables: { f: from, to } },
    },
  ];
}

/** The mix: `rounds` rounds of the eight kinds, each round with the next arguments. */
export function buildMix(p: MixParams, rounds = 6): MixQuery[] {
  return Array.from({ length: rounds }, (_, i) => round(p, i)).flat();
}
