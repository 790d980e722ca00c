/**
 * The query mix of `npm run bench:api`: what analysts ask most (search, a profile,
 * filtered events with provenance, a timeline, talks, sanctions, articles), each in
 * Parley's API and, equivalently, in @neo4j/graphql's dialect, with parameters drawn
 * from the seeded graph.
 */
export interface MixParams {
  /** State ISO3 codes, most active first (two at least). */
  states: string[];
  /** Names to search for. */
  names: string[];
  /** A month with events: [from, to]. */
  month: [string, string];
}

export interface MixQuery {
  name: string;
  parley: { query: string; variables?: Record<string, unknown> };
  /** The same question for @neo4j/graphql, when its dialect can ask it. */
  neo4jGraphql?: { query: string; variables?: Record<string, unknown> };
}

export function buildMix(p: MixParams): MixQuery[] {
  const [a, b] = p.states;
  const [from, to] = p.month;
  const id = (iso: string) => `state:${iso}`;
  const mix: MixQuery[] = [];
  for (const name of p.names.slice(0, 2)) {
    mix.push({
      name: 'search',
      parley: { query: `query($t: String!) { search(text: $t, first: 10) { edges { score node { id name kind } } } }`, variables: { t: name } },
      neo4jGraphql: { query: `query($t: String!) { entitySearch(phrase: $t, first: 10) { edges { score node { id name } } } }`, variables: { t: name.split(/\s+/).map((w) => `${w}~`).join(' AND ') } },
    });
  }
  for (const iso of [a, b]) {
    mix.push({
      name: 'profile',
      parley: { query: `query($r: EntityRef!) { entity(ref: $r) { id name aliases eventsAsActor(first: 10) { nodes { id type date targets { name } } } mentionedIn(first: 5) { nodes { title published } } } }`, variables: { r: iso } },
      neo4jGraphql: { query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name aliases actorOf(limit: 10, sort: [{ date: ASC }]) { id type date targetEntities { name } } mentionedIn(limit: 5, sort: [{ published: ASC }]) { title published } } }`, variables: { id: id(iso) } },
    });
  }
  mix.push({
    name: 'events',
    parley: { query: `query($t: EntityRef, $f: Date, $to: Date) { events(filter: { target: $t, from: $f, to: $to, types: [WARNS, IMPOSES, DEMANDS, ACCUSES] }, first: 20) { nodes { id type date modality actor { name } object { name } targets { name } reports(first: 3) { nodes { sentence article { url title source published } } } } } }`, variables: { t: a, f: from, to } },
    neo4jGraphql: { query: `query($id: ID!, $f: String!, $to: String!) { events(where: { targetEntities: { some: { id: { eq: $id } } }, date: { gte: $f, lte: $to }, type: { in: ["WARNS", "IMPOSES", "DEMANDS", "ACCUSES"] } }, sort: [{ date: ASC }, { id: ASC }], limit: 20) { id type date modality actorEntity { name } objectEntity { name } targetEntities { name } reportedInConnection(first: 3) { edges { properties { sentence } node { url title source published } } } } }`, variables: { id: id(a), f: from, to } },
  });
  mix.push({
    name: 'timeline',
    parley: { query: `query($a: EntityRef!, $b: EntityRef!, $f: Date, $to: Date) { timeline(between: [$a, $b], from: $f, to: $to, first: 20) { nodes { date type actor { name } targets { name } } } }`, variables: { a, b, f: from, to } },
    neo4jGraphql: { query: `query($a: ID!, $b: ID!, $f: String!, $to: String!) { events(where: { date: { gte: $f, lte: $to }, OR: [{ actorEntity: { some: { id: { eq: $a } } }, targetEntities: { some: { id: { eq: $b } } } }, { actorEntity: { some: { id: { eq: $b } } }, targetEntities: { some: { id: { eq: $a } } } }] }, sort: [{ date: ASC }, { id: ASC }], limit: 20) { date type actorEntity { name } targetEntities { name } } }`, variables: { a: id(a), b: id(b), f: from, to } },
  });
  mix.push({
    name: 'talks',
    parley: { query: `query($p: EntityRef) { talks(filter: { party: $p }, first: 10) { nodes { name status date place { name } parties { name } } } }`, variables: { p: a } },
    neo4jGraphql: { query: `query($id: ID!) { talks(where: { parties: { some: { id: { eq: $id } } } }, sort: [{ date: ASC }, { id: ASC }], limit: 10) { name status date place { name } parties { name } } }`, variables: { id: id(a) } },
  });
  mix.push({
    name: 'sanctions',
    parley: { query: `query($t: EntityRef) { sanctions(filter: { target: $t, status: [THREATENED, IMPOSED] }, first: 10) { nodes { name status deadline imposer { name } targets { name } } } }`, variables: { t: b } },
    neo4jGraphql: { query: `query($id: ID!) { sanctions(where: { targets: { some: { id: { eq: $id } } }, status: { in: ["THREATENED", "IMPOSED"] } }, sort: [{ deadline: ASC }, { id: ASC }], limit: 10) { name status deadline imposer { name } targets { name } } }`, variables: { id: id(b) } },
  });
  mix.push({
    name: 'articles',
    parley: { query: `query($f: Date, $to: Date) { articles(filter: { from: $f, to: $to }, first: 10) { nodes { title url source published reports(first: 10) { sentence event { type } } } } }`, variables: { f: from, to } },
    neo4jGraphql: { query: `query($f: String!, $to: String!) { articles(where: { published: { gte: $f, lte: $to } }, sort: [{ published: ASC }, { id: ASC }], limit: 10) { title url source published eventsConnection(first: 10) { edges { properties { sentence } node { type } } } } }`, variables: { f: from, to } },
  });
  return mix;
}
