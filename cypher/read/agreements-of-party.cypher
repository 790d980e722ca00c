// Agreements of one party ($party, required) by status (optional): as agreements.cypher,
// anchored on the party. Two ways to the page, both exact (as in events-by-actor.cypher):
// the `agreement_name` index read in order, at most $scan agreements from where the page
// starts, keeping the party's (fast for a party in many agreements); when that does not
// fill the page, the party's own PARTY relationships, sorted.
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
  RETURN collect({id: g.id, key: g.name}) AS scanned
}
CALL {
  WITH p, scanned
  WITH p WHERE size(scanned) < $limit
  MATCH (p)<-[:PARTY]-(g:Agreement)
  WHERE ($status IS NULL OR g.status IN $status)
  WITH g, g.name AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND g.id > $afterId)
  WITH g, key ORDER BY key, g.id LIMIT $limit
  RETURN collect({id: g.id, key: key}) AS sorted
}
RETURN CASE WHEN size(scanned) >= $limit THEN scanned ELSE sorted END AS page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (p)<-[:PARTY]-(g:Agreement)
         WHERE ($status IS NULL OR g.status IN $status)
       } ELSE null END AS total
