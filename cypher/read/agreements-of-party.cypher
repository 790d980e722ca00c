// Agreements of one party ($party, required) by status (optional): as agreements.cypher,
// anchored on the party. Two ways to the page, both exact (as in events-by-actor.cypher):
// the `agreement_name` index read in order, at most $scan agreements from where the page
// starts, keeping the party's (fast for a party in many agreements); when that does not
// fill the page, the party's own PARTY relationships, sorted.
// Each row of the page comes with its entity as entities-by-id.cypher returns it (`entity`).
// With $withEntities, the entities the page's rows link to (parties, venues, targets,
// imposers) as well (`entities`, for the entity loader; else null).
MATCH (p:Entity {id: $party})
CALL {
  MATCH (g:Agreement)
  WHERE g.name >= coalesce($afterKey, '')
  WITH g ORDER BY g.name, g.id LIMIT $scan
  WITH g
  WHERE EXISTS { (g)-[:PARTY]->(:Entity {id: $party}) }
    AND ($status IS NULL OR g.status IN $status)
    AND ($afterId IS NULL OR g.name > $afterKey OR (g.name = $afterKey AND g.id > $afterId))
  WITH g LIMIT $limit
  RETURN collect({id: g.id, key: g.name,
                  entity: {id: g.id, kind: [label IN labels(g) WHERE label <> 'Entity'][0], props: properties(g),
                  links: COLLECT { MATCH (g)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}}) AS scanned
}
CALL {
  WITH p, scanned
  WITH p WHERE size(scanned) < $limit
  MATCH (p)<-[:PARTY]-(g:Agreement)
  WHERE ($status IS NULL OR g.status IN $status)
  WITH g, g.name AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND g.id > $afterId)
  WITH g, key ORDER BY key, g.id LIMIT $limit
  RETURN collect({id: g.id, key: key,
                  entity: {id: g.id, kind: [label IN labels(g) WHERE label <> 'Entity'][0], props: properties(g),
                  links: COLLECT { MATCH (g)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}}) AS sorted
}
WITH p, CASE WHEN size(scanned) >= $limit THEN scanned ELSE sorted END AS page
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (p)<-[:PARTY]-(g:Agreement)
         WHERE ($status IS NULL OR g.status IN $status)
       } ELSE null END AS total,
       CASE WHEN $withEntities THEN COLLECT {
         UNWIND page AS row
         UNWIND row.entity.links AS link
         WITH DISTINCT link.id AS pid
         MATCH (x:Entity {id: pid})
         RETURN {id: x.id, kind: [label IN labels(x) WHERE label <> 'Entity'][0], props: properties(x),
                   links: COLLECT { MATCH (x)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}
       } ELSE null END AS entities
