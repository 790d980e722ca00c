// The events whose target is each entity in $ids (the DataLoader behind eventsAs…/events
// fields), one page per entity: in date order (undated last, as '9999-12-31'), then id,
// after the keyset cursor ($afterKey, $afterId), at most $limit; the filters are
// optional (null: no filter). The total is counted only when asked ($withTotal): from
// the relationship count (constant time) when no filter is given.
//
// Two ways to the page, both exact: first the `event_date` index read in order, at most
// $scan events from where the page starts, keeping the entity's (fast for an entity in
// many events: its events are found among the first few); when that does not fill the
// page, the entity's own relationships, sorted (fast for an entity in few events).
// With $withEntities, the page's actors, objects and targets as entities-by-id.cypher
// returns them (`entities`, for the entity loader; else null).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL {
  WITH id
  MATCH (e:Event)
  WHERE e.date >= CASE WHEN $afterKey IS NOT NULL AND ($from IS NULL OR $afterKey > $from) THEN $afterKey ELSE coalesce($from, '') END
    AND e.date <= coalesce($to, '9999-12-31')
  WITH id, e ORDER BY e.date, e.id LIMIT $scan
  WITH id, e
  WHERE id IN e.targets
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
WITH n, id, scanned,
     CASE WHEN size(scanned) >= $limit THEN false
          WHEN $from IS NULL AND $to IS NULL THEN true
          ELSE COUNT { MATCH (e:Event) WHERE e.date >= CASE WHEN $afterKey IS NOT NULL AND ($from IS NULL OR $afterKey > $from) THEN $afterKey ELSE coalesce($from, '') END AND e.date <= coalesce($to, '9999-12-31') RETURN 1 LIMIT $scan } >= $scan
     END AS fallback
CALL {
  WITH n, fallback
  WITH n WHERE fallback
  MATCH (n)<-[:TARGET]-(e:Event)
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
  RETURN collect(e {.*, key: key}) AS sorted
}
WITH n, id, CASE WHEN fallback THEN sorted ELSE scanned END AS page
RETURN id, page,
       CASE
         WHEN NOT $withTotal THEN null
         WHEN $types IS NULL AND $modalities IS NULL AND $from IS NULL AND $to IS NULL AND $minConfidence IS NULL
              AND $actor IS NULL AND $target IS NULL AND $source IS NULL THEN COUNT { (n)<-[:TARGET]-() }
         ELSE COUNT {
           MATCH (n)<-[:TARGET]-(e:Event)
           WHERE ($types IS NULL OR e.type IN $types)
             AND ($modalities IS NULL OR e.modality IN $modalities)
             AND ($from IS NULL OR e.date >= $from)
             AND ($to IS NULL OR e.date <= $to)
             AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
             AND ($actor IS NULL OR e.actor = $actor)
             AND ($target IS NULL OR $target IN e.targets)
             AND ($source IS NULL OR EXISTS { (e)-[:REPORTED_IN]->(s:Article) WHERE s.source = $source })
         }
       END AS total,
       CASE WHEN $withEntities THEN COLLECT {
         UNWIND page AS ev
         UNWIND [ev.actor, ev.object] + coalesce(ev.targets, []) AS pid
         WITH DISTINCT pid WHERE pid IS NOT NULL
         MATCH (x:Entity {id: pid})
         RETURN {id: x.id, kind: [label IN labels(x) WHERE label <> 'Entity'][0], props: properties(x),
                   links: COLLECT { MATCH (x)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}
       } ELSE null END AS entities
