// One page of search-entities.cypher when neither kinds nor the total are asked for:
// Lucene keeps only the best $offset + $limit hits (its own top-N, instead of every
// match collected and sorted), best first, ties by id within them. Each hit comes with
// its entity as entities-by-id.cypher returns it (`entity`), for the entity loader.
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $offset + $limit}) YIELD node, score
WITH node, score
ORDER BY score DESC, node.id
SKIP $offset
RETURN null AS total,
       collect({id: node.id, score: score, entity: {id: node.id, kind: [label IN labels(node) WHERE label <> 'Entity'][0], props: properties(node), links: COLLECT { MATCH (node)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}}) AS page
