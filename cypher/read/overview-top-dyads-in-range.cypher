// As overview-top-dyads.cypher, for a period ($from and $to both given; the resolver passes ''
// or '9999-12-31' for an open end): the `event_date` index finds the period's events
// (an optional bound in the WHERE clause would read every event).
MATCH (e:Event)
WHERE e.date >= $from AND e.date <= $to
UNWIND e.targets AS target
WITH CASE WHEN e.actor < target THEN [e.actor, target] ELSE [target, e.actor] END AS pair, e
WHERE pair[0] <> pair[1]
WITH pair, count(DISTINCT e) AS events
ORDER BY events DESC, pair[0], pair[1]
LIMIT $limit
RETURN pair[0] AS a, pair[1] AS b, events
