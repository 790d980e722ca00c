// The profile figures of each entity in $ids: events by type as actor and as target,
// and the publication dates of the first and last articles that mention it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id,
       COLLECT { MATCH (n)<-[:ACTOR]-(e:Event) WITH e.type AS type, count(*) AS total RETURN {type: type, n: total} } AS asActor,
       COLLECT { MATCH (n)<-[:TARGET]-(e:Event) WITH e.type AS type, count(*) AS total RETURN {type: type, n: total} } AS asTarget,
       COLLECT { MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.published IS NOT NULL RETURN a.published ORDER BY a.published LIMIT 1 }[0] AS firstSeen,
       COLLECT { MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.published IS NOT NULL RETURN a.published ORDER BY a.published DESC LIMIT 1 }[0] AS lastSeen
