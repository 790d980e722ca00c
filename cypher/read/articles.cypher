// Articles by source and publication date (both optional), by publication date
// (unknown last) then id, after the keyset cursor, at most $limit. The total is
// counted only when asked ($withTotal).
CALL {
  MATCH (a:Article)
  WHERE ($source IS NULL OR a.source = $source)
    AND ($from IS NULL OR a.published >= $from)
    AND ($to IS NULL OR a.published <= $to)
  WITH a, coalesce(a.published, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND a.id > $afterId)
  WITH a, key ORDER BY key, a.id LIMIT $limit
  RETURN collect(a {.*, key: key}) AS page
}
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (a:Article)
         WHERE ($source IS NULL OR a.source = $source)
           AND ($from IS NULL OR a.published >= $from)
           AND ($to IS NULL OR a.published <= $to)
       } ELSE null END AS total
