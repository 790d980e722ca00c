// Full-text search over names and aliases (index `entityNames`), best first; ties by id.
// $query is a Lucene query built from the user's words (escaped, with fuzzy and prefix
// terms); $kinds (labels) may narrow it. Offset pagination: scores have no stable key.
// The total is computed only when asked ($withTotal).
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WITH node, score
WHERE $kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds)
WITH collect({id: node.id, score: score}) AS hits
RETURN CASE WHEN $withTotal THEN size(hits) ELSE null END AS total,
       COLLECT {
         UNWIND hits AS hit
         WITH hit ORDER BY hit.score DESC, hit.id
         SKIP $offset LIMIT $limit
         RETURN hit
       } AS page
