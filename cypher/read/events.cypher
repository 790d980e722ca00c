// Events matching the optional filters (null: no filter), in date order (undated last,
// as '9999-12-31'), then id, after the keyset cursor ($afterKey, $afterId), at most
// $limit. Used when no actor, target or pair anchors the query (see events-by-*.cypher,
// events-between.cypher). The total is counted only when asked ($withTotal).
// With $withEntities, the page's actors, objects and targets as entities-by-id.cypher
// returns them (`entities`, for the entity loader; else null).
CALL {
  MATCH (e:Event)
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
RETURN page,
       CASE WHEN $withTotal THEN COUNT {
         MATCH (e:Event)
         WHERE ($types IS NULL OR e.type IN $types)
           AND ($modalities IS NULL OR e.modality IN $modalities)
           AND ($from IS NULL OR e.date >= $from)
           AND ($to IS NULL OR e.date <= $to)
           AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
           AND ($actor IS NULL OR e.actor = $actor)
           AND ($target IS NULL OR $target IN e.targets)
           AND ($source IS NULL OR EXISTS { (e)-[:REPORTED_IN]->(s:Article) WHERE s.source = $source })
       } ELSE null END AS total,
       CASE WHEN $withEntities THEN COLLECT {
         UNWIND page AS ev
         UNWIND [ev.actor, ev.object] + coalesce(ev.targets, []) AS pid
         WITH DISTINCT pid WHERE pid IS NOT NULL
         MATCH (x:Entity {id: pid})
         RETURN {id: x.id, kind: [label IN labels(x) WHERE label <> 'Entity'][0], props: properties(x),
                   links: COLLECT { MATCH (x)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}
       } ELSE null END AS entities
