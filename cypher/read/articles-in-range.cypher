// Articles published in [$from, $to] (both required; the resolver passes '' or
// '9999-12-31' for an open end), optionally from one source: as articles.cypher, but
// the range reads the `published` index in order.
CALL {
  MATCH (a:Article)
  WHERE a.published >= $from AND a.published <= $to
    AND ($source IS NULL OR a.source = $source)
  WITH a, a.published AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND a.id > $afterId)
  WITH a, key ORDER BY key, a.id LIMIT $limit
  RETURN collect(a {.*, key: key}) AS page
}
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (a:Article)
         WHERE ($source IS NULL OR a.source = $source)
           AND a.published >= $from AND a.published <= $to
       } ELSE null END AS total
