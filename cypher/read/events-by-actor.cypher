// The events whose actor is each entity in $ids (the DataLoader behind eventsAs…/events
// fields), one page per entity: in date order (undated last, as '9999-12-31'), then id,
// after the keyset cursor ($afterKey, $afterId), at most $limit; the filters are
// optional (null: no filter). The total is counted only when asked ($withTotal).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL {
  WITH n
  MATCH (n)<-[:ACTOR]-(e:Event)
  WHERE ($types IS NULL OR e.type IN $types)
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
  RETURN collect(e {.*, key: key}) AS page
}
RETURN id, page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (n)<-[:ACTOR]-(e:Event)
         WHERE ($types IS NULL OR e.type IN $types)
           AND ($modalities IS NULL OR e.modality IN $modalities)
           AND ($from IS NULL OR e.date >= $from)
           AND ($to IS NULL OR e.date <= $to)
           AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
           AND ($actor IS NULL OR e.actor = $actor)
           AND ($target IS NULL OR $target IN e.targets)
           AND ($source IS NULL OR EXISTS { (e)-[:REPORTED_IN]->(s:Article) WHERE s.source = $source })
       } ELSE null END AS total
