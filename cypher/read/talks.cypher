// Talks by status, party, place and date (all optional), by date (unknown last) then
// id, after the keyset cursor, at most $limit. The total is counted only when asked.
// Each row of the page comes with its entity as entities-by-id.cypher returns it (`entity`).
// With $withEntities, the entities the page's rows link to (parties, venues, targets,
// imposers) as well (`entities`, for the entity loader; else null).
CALL {
  MATCH (t:Talks)
  WHERE ($status IS NULL OR t.status IN $status)
    AND ($from IS NULL OR t.date >= $from)
    AND ($to IS NULL OR t.date <= $to)
    AND ($party IS NULL OR EXISTS { (t)-[:PARTY]->(:Entity {id: $party}) })
    AND ($place IS NULL OR EXISTS { (t)-[:HELD_IN]->(:Entity {id: $place}) })
  WITH t, coalesce(t.date, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND t.id > $afterId)
  WITH t, key ORDER BY key, t.id LIMIT $limit
  RETURN collect({id: t.id, key: key,
                  entity: {id: t.id, kind: [label IN labels(t) WHERE label <> 'Entity'][0], props: properties(t),
                  links: COLLECT { MATCH (t)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}}) AS page
}
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (t:Talks)
         WHERE ($status IS NULL OR t.status IN $status)
           AND ($from IS NULL OR t.date >= $from)
           AND ($to IS NULL OR t.date <= $to)
           AND ($party IS NULL OR EXISTS { (t)-[:PARTY]->(:Entity {id: $party}) })
           AND ($place IS NULL OR EXISTS { (t)-[:HELD_IN]->(:Entity {id: $place}) })
       } ELSE null END AS total,
       CASE WHEN $withEntities THEN COLLECT {
         UNWIND page AS row
         UNWIND row.entity.links AS link
         WITH DISTINCT link.id AS pid
         MATCH (x:Entity {id: pid})
         RETURN {id: x.id, kind: [label IN labels(x) WHERE label <> 'Entity'][0], props: properties(x),
                   links: COLLECT { MATCH (x)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}
       } ELSE null END AS entities
