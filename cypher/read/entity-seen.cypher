// The publication dates of the first and last articles that mention each entity in $ids.
// An entity in many articles (more than one in 50) is found among the first articles of
// the `article_published` index, read in order (at most $scan of them); any other, or
// when that finds none, through its own MENTIONS relationships, sorted.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n, COUNT { (n)<-[:MENTIONS]-() } * 50 > COUNT { MATCH (a:Article) } AS common
WITH id, n,
     CASE WHEN common THEN COLLECT {
       MATCH (a:Article) WHERE a.published >= ''
       WITH a ORDER BY a.published LIMIT $scan
       WITH a WHERE EXISTS { (a)-[:MENTIONS]->(n) }
       RETURN a.published LIMIT 1
     } ELSE [] END AS first,
     CASE WHEN common THEN COLLECT {
       MATCH (a:Article) WHERE a.published >= ''
       WITH a ORDER BY a.published DESC LIMIT $scan
       WITH a WHERE EXISTS { (a)-[:MENTIONS]->(n) }
       RETURN a.published LIMIT 1
     } ELSE [] END AS last
RETURN id,
       CASE WHEN size(first) > 0 THEN first[0]
            ELSE COLLECT { MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.published IS NOT NULL RETURN a.published ORDER BY a.published LIMIT 1 }[0]
       END AS firstSeen,
       CASE WHEN size(last) > 0 THEN last[0]
            ELSE COLLECT { MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.published IS NOT NULL RETURN a.published ORDER BY a.published DESC LIMIT 1 }[0]
       END AS lastSeen
