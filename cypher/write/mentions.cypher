// (:Article)-[:MENTIONS {count}]->(entity) for every entity an article names, CREATEd:
// the articles are the ones this transaction created. Ends are found by element id ($nodes: id → element id, this transaction's).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = $nodes[row.article]
MATCH (n) WHERE elementId(n) = $nodes[row.entity]
CREATE (a)-[:MENTIONS {count: row.count}]->(n)
