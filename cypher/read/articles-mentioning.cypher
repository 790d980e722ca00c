// The articles that mention each entity in $ids, one page per entity: by publication
// date (unknown last), then id, after the keyset cursor, at most $limit. The total is
// counted only when asked ($withTotal).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL {
  WITH n
  MATCH (a:Article)-[:MENTIONS]->(n)
  WITH a, coalesce(a.published, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND a.id > $afterId)
  WITH a, key ORDER BY key, a.id LIMIT $limit
  RETURN collect(a {.*, key: key}) AS page
}
RETURN id, page,
       CASE WHEN $withTotal THEN COUNT { (:Article)-[:MENTIONS]->(n) } ELSE null END AS total
