// The profile figures of each entity in $ids: events by type as actor and as target
// (first and last seen: entity-seen.cypher).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id,
       COLLECT { MATCH (n)<-[:ACTOR]-(e:Event) WITH e.type AS type, count(*) AS total RETURN {type: type, n: total} } AS asActor,
       COLLECT { MATCH (n)<-[:TARGET]-(e:Event) WITH e.type AS type, count(*) AS total RETURN {type: type, n: total} } AS asTarget
