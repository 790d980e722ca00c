// Events and their reports by type, all time or with the event date in [$from, $to].
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
RETURN e.type AS type, count(*) AS events, sum(e.reports) AS reports
ORDER BY type
