// (:Event)-[:TARGET]->(entity).
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (n:Entity {id: row.to})
MERGE (e)-[:TARGET]->(n)
