// Sanctions by status, imposer, target and deadline (all optional), by deadline
// (none last) then id, after the keyset cursor, at most $limit. The total is counted
// only when asked.
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
  RETURN collect({id: s.id, key: key}) AS page
}
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (s:Sanction)
         WHERE ($status IS NULL OR s.status IN $status)
           AND ($deadlineAfter IS NULL OR s.deadline >= $deadlineAfter)
           AND ($deadlineBefore IS NULL OR s.deadline <= $deadlineBefore)
           AND ($imposer IS NULL OR EXISTS { (s)-[:IMPOSED_BY]->(:Entity {id: $imposer}) })
           AND ($target IS NULL OR EXISTS { (s)-[:TARGETS]->(:Entity {id: $target}) })
       } ELSE null END AS total
