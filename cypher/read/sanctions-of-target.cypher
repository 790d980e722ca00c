// Sanctions on one target ($target, required) by status, imposer and deadline: as
// sanctions.cypher, anchored on the target's TARGETS relationships instead of every :Sanction.
CALL {
  MATCH (:Entity {id: $target})<-[:TARGETS]-(s:Sanction)
  WHERE ($status IS NULL OR s.status IN $status)
    AND ($deadlineAfter IS NULL OR s.deadline >= $deadlineAfter)
    AND ($deadlineBefore IS NULL OR s.deadline <= $deadlineBefore)
    AND ($imposer IS NULL OR EXISTS { (s)-[:IMPOSED_BY]->(:Entity {id: $imposer}) })
  WITH s, coalesce(s.deadline, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND s.id > $afterId)
  WITH s, key ORDER BY key, s.id LIMIT $limit
  RETURN collect({id: s.id, key: key}) AS page
}
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (:Entity {id: $target})<-[:TARGETS]-(s:Sanction)
         WHERE ($status IS NULL OR s.status IN $status)
           AND ($deadlineAfter IS NULL OR s.deadline >= $deadlineAfter)
           AND ($deadlineBefore IS NULL OR s.deadline <= $deadlineBefore)
           AND ($imposer IS NULL OR EXISTS { (s)-[:IMPOSED_BY]->(:Entity {id: $imposer}) })
              } ELSE null END AS total
