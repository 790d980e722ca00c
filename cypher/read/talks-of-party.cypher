// Talks of one party ($party, required) by status, place and date (optional): as
// talks.cypher, anchored on the party. Two ways to the page, both exact (as in
// events-by-actor.cypher): the `talks_date` index read in order, at most $scan talks
// from where the page starts, keeping the party's (fast for a party in many talks);
// when that does not fill the page, the party's own PARTY relationships, sorted.
// Each row of the page comes with its entity as entities-by-id.cypher returns it (`entity`).
// With $withEntities, the entities the page's rows link to (parties, venues, targets,
// imposers) as well (`entities`, for the entity loader; else null).
MATCH (p:Entity {id: $party})
CALL {
  MATCH (t:Talks)
  WHERE t.date >= CASE WHEN $afterKey IS NOT NULL AND ($from IS NULL OR $afterKey > $from) THEN $afterKey ELSE coalesce($from, '') END
    AND t.date <= coalesce($to, '9999-12-31')
  WITH t ORDER BY t.date, t.id LIMIT $scan
  WITH t
  WHERE EXISTS { (t)-[:PARTY]->(:Entity {id: $party}) }
    AND ($status IS NULL OR t.status IN $status)
    AND ($place IS NULL OR EXISTS { (t)-[:HELD_IN]->(:Entity {id: $place}) })
    AND ($afterId IS NULL OR t.date > $afterKey OR (t.date = $afterKey AND t.id > $afterId))
  WITH t LIMIT $limit
  RETURN collect({id: t.id, key: t.date,
                  entity: {id: t.id, kind: [label IN labels(t) WHERE label <> 'Entity'][0], props: properties(t),
                  links: COLLECT { MATCH (t)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}}) AS scanned
}
// The scan is the answer when it filled the page, or when it read every dated talks in
// the range and the filter has a date (undated talks cannot match then).
WITH p, scanned,
     CASE WHEN size(scanned) >= $limit THEN false
          WHEN $from IS NULL AND $to IS NULL THEN true
          ELSE COUNT { MATCH (t:Talks) WHERE t.date >= CASE WHEN $afterKey IS NOT NULL AND ($from IS NULL OR $afterKey > $from) THEN $afterKey ELSE coalesce($from, '') END AND t.date <= coalesce($to, '9999-12-31') RETURN 1 LIMIT $scan } >= $scan
     END AS fallback
CALL {
  WITH p, fallback
  WITH p WHERE fallback
  MATCH (p)<-[:PARTY]-(t:Talks)
  WHERE ($status IS NULL OR t.status IN $status)
    AND ($from IS NULL OR t.date >= $from)
    AND ($to IS NULL OR t.date <= $to)
    AND ($place IS NULL OR EXISTS { (t)-[:HELD_IN]->(:Entity {id: $place}) })
  WITH t, coalesce(t.date, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND t.id > $afterId)
  WITH t, key ORDER BY key, t.id LIMIT $limit
  RETURN collect({id: t.id, key: key,
                  entity: {id: t.id, kind: [label IN labels(t) WHERE label <> 'Entity'][0], props: properties(t),
                  links: COLLECT { MATCH (t)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}}) AS sorted
}
WITH p, CASE WHEN fallback THEN sorted ELSE scanned END AS page
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (p)<-[:PARTY]-(t:Talks)
         WHERE ($status IS NULL OR t.status IN $status)
           AND ($from IS NULL OR t.date >= $from)
           AND ($to IS NULL OR t.date <= $to)
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
