// One page of search-entities.cypher when neither kinds nor the total are asked for:
// Lucene keeps only the best $offset + $limit hits (its own top-N, instead of every
// match collected and sorted), best first, ties by id within them.
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $offset + $limit}) YIELD node, score
WITH {id: node.id, score: score} AS hit
ORDER BY hit.score DESC, hit.id
SKIP $offset
RETURN null AS total, collect(hit) AS page
