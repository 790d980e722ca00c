// The provenance of each event in $ids, one page per event: the articles that report
// it with the sentence and span, by publication date (unknown last) then article id,
// after the keyset cursor ($afterKey, $afterId), at most $limit. The total is the
// event's `reports` count, kept by the writer.
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL {
  WITH e
  MATCH (e)-[r:REPORTED_IN]->(a:Article)
  WITH r, a, coalesce(a.published, '9999-12-31') AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND a.id > $afterId)
  WITH r, a, key ORDER BY key, a.id LIMIT $limit
  RETURN collect({report: properties(r), article: properties(a), key: key}) AS page
}
RETURN id, page, e.reports AS total
