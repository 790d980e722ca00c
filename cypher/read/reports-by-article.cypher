// What was extracted from each article in $ids: every event it reports, with the
// sentence and span, in text order (title first, then by start offset), at most $limit.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id,
       COLLECT {
         MATCH (e:Event)-[r:REPORTED_IN]->(a)
         WITH e, r ORDER BY CASE r.field WHEN 'title' THEN 0 ELSE 1 END, r.start, e.id
         LIMIT $limit
         RETURN {event: properties(e), report: properties(r)}
       } AS reports
