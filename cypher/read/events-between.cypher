// Events between two sides ($a and $b: an entity and the people who act for it), from
// either side to the other (actor on one side, a target on the other), with the
// optional filters, in date order (undated last), then id, after the keyset cursor, at
// most $limit. The total is counted only when asked ($withTotal).
//
// Two ways to the page, both exact (as in events-by-actor.cypher): first each actor's
// dated events from the `event_actor_date` index, in date order from where the page
// starts, at most $scan an actor, keeping those towards the other side, merged; when
// that does not fill the page, the sides' own ACTOR relationships, sorted.
// With $withEntities, the page's actors, objects and targets as entities-by-id.cypher
// returns them (`entities`, for the entity loader; else null).
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
WITH [a] + COLLECT { MATCH (p:Person)-[:ACTS_FOR]->(a) RETURN p } AS sideA,
     [b] + COLLECT { MATCH (p:Person)-[:ACTS_FOR]->(b) RETURN p } AS sideB
WITH sideA + sideB AS both,
     [x IN sideA | x.id] AS idsA,
     [x IN sideB | x.id] AS idsB
CALL {
  WITH idsA, idsB
  UNWIND [x IN idsA | [x, idsB]] + [x IN idsB | [x, idsA]] AS side
  CALL {
    WITH side
    MATCH (e:Event)
    USING INDEX e:Event(actor, date)
    WHERE e.actor = side[0]
      AND e.date >= CASE WHEN $afterKey IS NOT NULL AND ($from IS NULL OR $afterKey > $from) THEN $afterKey ELSE coalesce($from, '') END
      AND e.date <= coalesce($to, '9999-12-31')
    WITH side, e ORDER BY e.actor, e.date, e.id LIMIT $scan
    WITH e
    WHERE any(t IN e.targets WHERE t IN side[1])
      AND ($types IS NULL OR e.type IN $types)
      AND ($modalities IS NULL OR e.modality IN $modalities)
      AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
      AND ($actor IS NULL OR e.actor = $actor)
      AND ($target IS NULL OR $target IN e.targets)
      AND ($source IS NULL OR EXISTS { (e)-[:REPORTED_IN]->(s:Article) WHERE s.source = $source })
      AND ($afterId IS NULL OR e.date > $afterKey OR (e.date = $afterKey AND e.id > $afterId))
    WITH e LIMIT $limit
    RETURN collect(e) AS found
  }
  // An actor's list is complete when it filled the page or its seek read every dated
  // event of the actor in the range; the merged lists hold the page only if all are.
  WITH found,
       CASE WHEN size(found) >= $limit THEN true ELSE COUNT {
         MATCH (e:Event)
         USING INDEX e:Event(actor, date)
         WHERE e.actor = side[0]
           AND e.date >= CASE WHEN $afterKey IS NOT NULL AND ($from IS NULL OR $afterKey > $from) THEN $afterKey ELSE coalesce($from, '') END
           AND e.date <= coalesce($to, '9999-12-31')
         RETURN 1 LIMIT $scan
       } < $scan END AS complete
  WITH collect(found) AS founds, collect(complete) AS completes
  CALL {
    WITH founds
    UNWIND founds AS found
    UNWIND found AS e
    // A side's id on the other side too (one person acting for both) finds an event twice.
    WITH DISTINCT e
    WITH e ORDER BY e.date, e.id LIMIT $limit
    RETURN collect(e {.*, key: e.date}) AS scanned
  }
  RETURN scanned, all(c IN completes WHERE c) AS complete
}
// The seeks are the answer when they are complete and filled the page, or when they
// are complete and the filter has a date (undated events cannot match then).
WITH both, idsA, idsB, scanned,
     CASE WHEN NOT complete THEN true
          WHEN size(scanned) >= $limit THEN false
          ELSE $from IS NULL AND $to IS NULL
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
WITH both, idsA, idsB, CASE WHEN fallback THEN sorted ELSE scanned END AS page
RETURN page,
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
       } ELSE null END AS total,
       CASE WHEN $withEntities THEN COLLECT {
         UNWIND page AS ev
         UNWIND [ev.actor, ev.object] + coalesce(ev.targets, []) AS pid
         WITH DISTINCT pid WHERE pid IS NOT NULL
         MATCH (x:Entity {id: pid})
         RETURN {id: x.id, kind: [label IN labels(x) WHERE label <> 'Entity'][0], props: properties(x),
                   links: COLLECT { MATCH (x)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}
       } ELSE null END AS entities
