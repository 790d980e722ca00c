// Talks by status, party, place and date (all optional), by date (unknown last) then
// id, after the keyset cursor, at most $limit. The total is counted only when asked.
CALL {
  MATCH (t:Talks)
  WHERE ($status IS NULL OR t.status IN $status)
    AND ($from IS NULL OR t.date >= $from)
    AND ($to IS NULL OR t.date <= $to)
    AND ($party IS NULL OR EXISTS { (t)-[:PARTY]->(:Entity {id: $party}) })
    AND ($place IS NULL OR EXISTS { (t)-[:HELD_IN]->(:Entity {id: $place}) })
  WITH t, coalesce(t.date, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND t.id > $afterId)
  WITH t, key ORDER BY key, t.id LIMIT $limit
  RETURN collect({id: t.id, key: key}) AS page
}
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (t:Talks)
         WHERE ($status IS NULL OR t.status IN $status)
           AND ($from IS NULL OR t.date >= $from)
           AND ($to IS NULL OR t.date <= $to)
           AND ($party IS NULL OR EXISTS { (t)-[:PARTY]->(:Entity {id: $party}) })
           AND ($place IS NULL OR EXISTS { (t)-[:HELD_IN]->(:Entity {id: $place}) })
       } ELSE null END AS total
