// (from)-[:IMPOSED_BY]->(to) between entities of the same article (rows sorted by from, to).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[:IMPOSED_BY]->(b)
