// Sanctions by status, imposer, target and deadline (all optional), by deadline
// (none last) then id, after the keyset cursor, at most $limit. The total is counted
// only when asked.
// Each row of the page comes with its entity as entities-by-id.cypher returns it (`entity`).
// With $withEntities, the entities the page's rows link to (parties, venues, targets,
// imposers) as well (`entities`, for the entity loader; else null).
CALL {
  MATCH (s:Sanction)
  WHERE ($status IS NULL OR s.status IN $status)
    AND ($deadlineAfter IS NULL OR s.deadline >= $deadlineAfter)
    AND ($deadlineBefore IS NULL OR s.deadline <= $deadlineBefore)
    AND ($imposer IS NULL OR EXISTS { (s)-[:IMPOSED_BY]->(:Entity {id: $imposer}) })
    AND ($target IS NULL OR EXISTS { (s)-[:TARGETS]->(:Entity {id: $target}) })
  WITH s, coalesce(s.deadline, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND s.id > $afterId)
  WITH s, key ORDER BY key, s.id LIMIT $limit
  RETURN collect({id: s.id, key: key,
                  entity: {id: s.id, kind: [label IN labels(s) WHERE label <> 'Entity'][0], props: properties(s),
                  links: COLLECT { MATCH (s)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}}) AS page
}
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (s:Sanction)
         WHERE ($status IS NULL OR s.status IN $status)
           AND ($deadlineAfter IS NULL OR s.deadline >= $deadlineAfter)
           AND ($deadlineBefore IS NULL OR s.deadline <= $deadlineBefore)
           AND ($imposer IS NULL OR EXISTS { (s)-[:IMPOSED_BY]->(:Entity {id: $imposer}) })
           AND ($target IS NULL OR EXISTS { (s)-[:TARGETS]->(:Entity {id: $target}) })
       } ELSE null END AS total,
       CASE WHEN $withEntities THEN COLLECT {
         UNWIND page AS row
         UNWIND row.entity.links AS link
         WITH DISTINCT link.id AS pid
         MATCH (x:Entity {id: pid})
         RETURN {id: x.id, kind: [label IN labels(x) WHERE label <> 'Entity'][0], props: properties(x),
                   links: COLLECT { MATCH (x)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}
       } ELSE null END AS entities
