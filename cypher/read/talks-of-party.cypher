// Talks of one party ($party, required) by status, place and date (optional): as
// talks.cypher, anchored on the party's PARTY relationships instead of every :Talks.
CALL {
  MATCH (:Entity {id: $party})<-[:PARTY]-(t:Talks)
  WHERE ($status IS NULL OR t.status IN $status)
    AND ($from IS NULL OR t.date >= $from)
    AND ($to IS NULL OR t.date <= $to)
    AND ($place IS NULL OR EXISTS { (t)-[:HELD_IN]->(:Entity {id: $place}) })
  WITH t, coalesce(t.date, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND t.id > $afterId)
  WITH t, key ORDER BY key, t.id LIMIT $limit
  RETURN collect({id: t.id, key: key}) AS page
}
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (:Entity {id: $party})<-[:PARTY]-(t:Talks)
         WHERE ($status IS NULL OR t.status IN $status)
           AND ($from IS NULL OR t.date >= $from)
           AND ($to IS NULL OR t.date <= $to)
                  AND ($place IS NULL OR EXISTS { (t)-[:HELD_IN]->(:Entity {id: $place}) })
       } ELSE null END AS total
