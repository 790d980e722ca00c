// Agreements by status and party (both optional), by name then id, after the keyset
// cursor, at most $limit. The total is counted only when asked.
// Each row of the page comes with its entity as entities-by-id.cypher returns it (`entity`).
// With $withEntities, the entities the page's rows link to (parties, venues, targets,
// imposers) as well (`entities`, for the entity loader; else null).
CALL {
  MATCH (g:Agreement)
  WHERE ($status IS NULL OR g.status IN $status)
    AND ($party IS NULL OR EXISTS { (g)-[:PARTY]->(:Entity {id: $party}) })
  WITH g, g.name AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND g.id > $afterId)
  WITH g, key ORDER BY key, g.id LIMIT $limit
  RETURN collect({id: g.id, key: key,
                  entity: {id: g.id, kind: [label IN labels(g) WHERE label <> 'Entity'][0], props: properties(g),
                  links: COLLECT { MATCH (g)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}}) AS page
}
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (g:Agreement)
         WHERE ($status IS NULL OR g.status IN $status)
           AND ($party IS NULL OR EXISTS { (g)-[:PARTY]->(:Entity {id: $party}) })
       } ELSE null END AS total,
       CASE WHEN $withEntities THEN COLLECT {
         UNWIND page AS row
         UNWIND row.entity.links AS link
         WITH DISTINCT link.id AS pid
         MATCH (x:Entity {id: pid})
         RETURN {id: x.id, kind: [label IN labels(x) WHERE label <> 'Entity'][0], props: properties(x),
                   links: COLLECT { MATCH (x)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}
       } ELSE null END AS entities
