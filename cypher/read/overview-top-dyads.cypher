// The pairs of parties (actor and target, either way round, as [lower id, higher id])
// with the most events, all time or with the event date in [$from, $to]; ties by ids.
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
UNWIND e.targets AS target
WITH CASE WHEN e.actor < target THEN [e.actor, target] ELSE [target, e.actor] END AS pair, e
WHERE pair[0] <> pair[1]
WITH pair, count(DISTINCT e) AS events
ORDER BY events DESC, pair[0], pair[1]
LIMIT $limit
RETURN pair[0] AS a, pair[1] AS b, events
