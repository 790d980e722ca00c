// (:Article)-[:MENTIONS {count}]->(entity) for every entity the article names.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (n:Entity {id: row.entity})
MERGE (a)-[m:MENTIONS]->(n)
  ON CREATE SET m.count = row.count
