// The actors with the most events, all time or with the event date in [$from, $to]; ties by id.
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
WITH e.actor AS actor, count(*) AS events
ORDER BY events DESC, actor
LIMIT $limit
RETURN actor, events
