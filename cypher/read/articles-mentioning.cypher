// The articles that mention each entity in $ids, one page per entity: by publication
// date (unknown last), then id, after the keyset cursor, at most $limit. The total (the
// entity's MENTIONS relationships: constant time) only when asked ($withTotal).
//
// Two ways to the page, both exact (as in events-by-actor.cypher): for an entity in many
// articles (more than one in 50), the `article_published` index read in order, at most
// $scan articles from where the page starts, keeping those that mention it; when that
// does not fill the page, or for any other entity, its own MENTIONS relationships, sorted.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n, COUNT { (n)<-[:MENTIONS]-() } AS mentions
CALL {
  WITH n, mentions
  WITH n WHERE mentions * 50 > COUNT { MATCH (a:Article) }
  MATCH (a:Article)
  WHERE a.published >= coalesce($afterKey, '')
  WITH n, a ORDER BY a.published, a.id LIMIT $scan
  WITH a
  WHERE EXISTS { (a)-[:MENTIONS]->(n) }
    AND ($afterId IS NULL OR a.published > $afterKey OR (a.published = $afterKey AND a.id > $afterId))
  WITH a LIMIT $limit
  RETURN collect(a {.*, key: a.published}) AS scanned
}
CALL {
  WITH n, scanned
  WITH n WHERE size(scanned) < $limit
  MATCH (a:Article)-[:MENTIONS]->(n)
  WITH a, coalesce(a.published, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND a.id > $afterId)
  WITH a, key ORDER BY key, a.id LIMIT $limit
  RETURN collect(a {.*, key: key}) AS sorted
}
RETURN id, CASE WHEN size(scanned) >= $limit THEN scanned ELSE sorted END AS page,
       CASE WHEN $withTotal THEN mentions ELSE null END AS total
