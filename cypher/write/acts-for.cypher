// (:Person)-[:ACTS_FOR {title, titles}]->(:State|:Organization): title is the first
// article's, titles the sorted union of all.
UNWIND $rows AS row
MATCH (p:Person {id: row.from})
MATCH (o:Entity {id: row.to})
MERGE (p)-[r:ACTS_FOR]->(o)
  ON CREATE SET r.title = row.title
SET r.titles = COLLECT { UNWIND coalesce(r.titles, []) + [row.title] AS t WITH DISTINCT t ORDER BY t RETURN t }
