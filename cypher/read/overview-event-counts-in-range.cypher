// As overview-event-counts.cypher, for a period ($from and $to both given; the resolver passes ''
// or '9999-12-31' for an open end): the `event_date` index finds the period's events
// (an optional bound in the WHERE clause would read every event).
MATCH (e:Event)
WHERE e.date >= $from AND e.date <= $to
RETURN e.type AS type, count(*) AS events, sum(e.reports) AS reports
ORDER BY type
