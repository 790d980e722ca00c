// Agreements by status and party (both optional), by name then id, after the keyset
// cursor, at most $limit. The total is counted only when asked.
CALL {
  MATCH (g:Agreement)
  WHERE ($status IS NULL OR g.status IN $status)
    AND ($party IS NULL OR EXISTS { (g)-[:PARTY]->(:Entity {id: $party}) })
  WITH g, g.name AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND g.id > $afterId)
  WITH g, key ORDER BY key, g.id LIMIT $limit
  RETURN collect({id: g.id, key: key}) AS page
}
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (g:Agreement)
         WHERE ($status IS NULL OR g.status IN $status)
           AND ($party IS NULL OR EXISTS { (g)-[:PARTY]->(:Entity {id: $party}) })
       } ELSE null END AS total
