// Events between two sides ($a and $b: an entity and the people who act for it), from
// either side to the other (actor on one side, a target on the other), with the
// optional filters, in date order (undated last), then id, after the keyset cursor, at
// most $limit. The total is counted only when asked ($withTotal).
//
// Two ways to the page, both exact (as in events-by-actor.cypher): first the
// `event_date` index read in order, at most $scan events from where the page starts,
// keeping those between the sides (fast for two sides often in the news together);
// when that does not fill the page, the sides' own ACTOR relationships, sorted.
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
WITH [a] + COLLECT { MATCH (p:Person)-[:ACTS_FOR]->(a) RETURN p } AS sideA,
     [b] + COLLECT { MATCH (p:Person)-[:ACTS_FOR]->(b) RETURN p } AS sideB
WITH sideA + sideB AS both,
     [x IN sideA | x.id] AS idsA,
     [x IN sideB | x.id] AS idsB
CALL {
  WITH idsA, idsB
  MATCH (e:Event)
  WHERE e.date >= CASE WHEN $afterKey IS NOT NULL AND ($from IS NULL OR $afterKey > $from) THEN $afterKey ELSE coalesce($from, '') END
    AND e.date <= coalesce($to, '9999-12-31')
  WITH idsA, idsB, e ORDER BY e.date, e.id LIMIT $scan
  WITH e
  WHERE ((e.actor IN idsA AND any(t IN e.targets WHERE t IN idsB)) OR (e.actor IN idsB AND any(t IN e.targets WHERE t IN idsA)))
    AND ($types IS NULL OR e.type IN $types)
    AND ($modalities IS NULL OR e.modality IN $modalities)
    AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
    AND ($actor IS NULL OR e.actor = $actor)
    AND ($target IS NULL OR $target IN e.targets)
    AND ($source IS NULL OR EXISTS { (e)-[:REPORTED_IN]->(s:Article) WHERE s.source = $source })
    AND ($afterId IS NULL OR e.date > $afterKey OR (e.date = $afterKey AND e.id > $afterId))
  WITH e LIMIT $limit
  RETURN collect(e {.*, key: e.date}) AS scanned
}
// The scan is the answer when it filled the page, or when it read every dated event
// in the range and the filter has a date (undated events cannot match then).
WITH both, idsA, idsB, scanned,
     CASE WHEN size(scanned) >= $limit THEN false
          WHEN $from IS NULL AND $to IS NULL THEN true
          ELSE COUNT { MATCH (e:Event) WHERE e.date >= CASE WHEN $afterKey IS NOT NULL AND ($from IS NULL OR $afterKey > $from) THEN $afterKey ELSE coalesce($from, '') END AND e.date <= coalesce($to, '9999-12-31') RETURN 1 LIMIT $scan } >= $scan
     END AS fallback
CALL {
  WITH both, idsA, idsB, fallback
  WITH both, idsA, idsB WHERE fallback
  UNWIND both AS x
  MATCH (x)<-[:ACTOR]-(e:Event)
  WHERE ((e.actor IN idsA AND any(t IN e.targets WHERE t IN idsB)) OR (e.actor IN idsB AND any(t IN e.targets WHERE t IN idsA)))
    AND ($types IS NULL OR e.type IN $types)
    AND ($modalities IS NULL OR e.modality IN $modalities)
    AND ($from IS NULL OR e.date >= $from)
    AND ($to IS NULL OR e.date <= $to)
    AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
    AND ($actor IS NULL OR e.actor = $actor)
    AND ($target IS NULL OR $target IN e.targets)
    AND ($source IS NULL OR EXISTS { (e)-[:REPORTED_IN]->(s:Article) WHERE s.source = $source })
  WITH e, coalesce(e.date, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND e.id > $afterId)
  WITH e, key ORDER BY key, e.id LIMIT $limit
  RETURN collect(e {.*, key: key}) AS sorted
}
RETURN CASE WHEN fallback THEN sorted ELSE scanned END AS page,
       CASE WHEN $withTotal THEN COUNT {
         UNWIND both AS x
         MATCH (x)<-[:ACTOR]-(e:Event)
         WHERE ((e.actor IN idsA AND any(t IN e.targets WHERE t IN idsB)) OR (e.actor IN idsB AND any(t IN e.targets WHERE t IN idsA)))
           AND ($types IS NULL OR e.type IN $types)
           AND ($modalities IS NULL OR e.modality IN $modalities)
           AND ($from IS NULL OR e.date >= $from)
           AND ($to IS NULL OR e.date <= $to)
           AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
           AND ($actor IS NULL OR e.actor = $actor)
           AND ($target IS NULL OR $target IN e.targets)
           AND ($source IS NULL OR EXISTS { (e)-[:REPORTED_IN]->(s:Article) WHERE s.source = $source })
       } ELSE null END AS total
