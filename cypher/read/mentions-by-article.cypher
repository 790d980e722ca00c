// The entities each article in $ids mentions, most mentioned first, then by id, at most $limit.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id,
       COLLECT {
         MATCH (a)-[m:MENTIONS]->(n:Entity)
         WITH n, m ORDER BY m.count DESC, n.id
         LIMIT $limit
         RETURN {entity: n.id, count: m.count}
       } AS mentions
