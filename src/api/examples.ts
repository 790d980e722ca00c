/**
 * One example query per question the API answers: GraphiQL opens with them as tabs,
 * the README shows them, and the integration tests run each against the fixture graph.
 */
export interface Example {
  /** The question, as the README's heading. */
  title: string;
  query: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    title: '1. Search entities by name or alias (spelling variants too)',
    query: `query Search {
  search(text: "Zelensky", first: 5) {
    totalCount
    edges { score node { id kind name aliases } }
  }
}`,
  },
  {
    title: "2. An entity's profile",
    query: `query Profile {
  entity(ref: "RUS") {
    id kind name aliases firstSeen lastSeen
    eventCounts { type asActor asTarget }
    ... on State { iso3 representatives { person { name } title } }
    eventsAsActor(first: 5) { totalCount nodes { type date targets { name } } }
    eventsAsTarget(first: 5) { totalCount nodes { type date actor { name } } }
    mentionedIn(first: 5) { totalCount nodes { title published source } }
  }
}`,
  },
  {
    title: '3. Events, filtered, with provenance',
    query: `query Events {
  events(filter: { types: [WARNS, IMPOSES], target: "RUS", from: "2025-07-01", to: "2025-07-31" }, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id type modality date confidence cameo
      actor { name } object { name kind } targets { name }
      reports { totalCount nodes { sentence span { start end field } article { url title source published } } }
    }
  }
}`,
  },
  {
    title: '4. A timeline between two parties',
    query: `query Timeline {
  timeline(between: ["RUS", "UKR"], from: "2025-07-01", to: "2025-07-31", first: 20) {
    totalCount
    nodes { date type modality actor { name } targets { name } object { name } }
  }
}`,
  },
  {
    title: '5. Talks, sanctions and agreements',
    query: `query TalksSanctionsAgreements {
  talks(filter: { party: "UKR" }) {
    nodes { name status date round place { name } parties { name } }
  }
  sanctions(filter: { status: [THREATENED, IMPOSED], target: "RUS", deadlineAfter: "2025-07-01" }) {
    nodes { name subtype status deadline condition imposer { name } targets { name } }
  }
  agreements(filter: { party: "UKR" }) {
    nodes { name subtype status parties { name } }
  }
}`,
  },
  {
    title: '6. How two entities are connected',
    query: `query Connections {
  connections(from: "USA", to: "RUS", maxHops: 3, first: 3) {
    length
    nodes { name kind }
    steps { relation title from { name } to { name } event { type date modality } }
  }
}`,
  },
  {
    title: '7. Articles by source and date, with what was extracted',
    query: `query Articles {
  articles(filter: { from: "2025-07-01", to: "2025-07-31" }, first: 5) {
    totalCount
    nodes {
      title url source published
      reports { sentence event { type actor { name } targets { name } } }
      mentions(first: 5) { count entity { name kind } }
    }
  }
}`,
  },
  {
    title: '8. Overview of a period',
    query: `query Overview {
  overview(from: "2025-07-01", to: "2025-07-31") {
    entityCounts { kind count }
    eventCounts { type events reports }
    topActors(first: 5) { events entity { name } }
    topDyads(first: 5) { events a { name } b { name } }
  }
}`,
  },
];

/** GraphiQL's opening tabs: every example, each headed by its question. */
export function graphiqlTabs(): { query: string }[] {
  return EXAMPLES.map((e) => ({ query: `# ${e.title}\n${e.query}\n` }));
}
