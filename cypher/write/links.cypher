// The structural relationships between entities of the same article (row.type; rows
// sorted by from, to): (:Talks|:Agreement)-[:PARTY]->(party), (:Talks)-[:HELD_IN]->(:Place),
// (:Sanction)-[:TARGETS]->(target), (:Sanction)-[:IMPOSED_BY]->(imposer),
// (:Aid)-[:DONOR]->(donor), (:Aid)-[:RECIPIENT]->(recipient), from a start node that was
// in the graph before this transaction (from a new one: write/links-new). MERGEd (another
// article may have drawn them), each type spelled out so that MERGE looks only at that
// type between the two nodes. Ends are found by element id ($nodes: id → element id, this transaction's).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = $nodes[row.from]
MATCH (b) WHERE elementId(b) = $nodes[row.to]
CALL (a, b, row) { WITH a, b WHERE row.type = 'PARTY' MERGE (a)-[:PARTY]->(b) }
CALL (a, b, row) { WITH a, b WHERE row.type = 'HELD_IN' MERGE (a)-[:HELD_IN]->(b) }
CALL (a, b, row) { WITH a, b WHERE row.type = 'TARGETS' MERGE (a)-[:TARGETS]->(b) }
CALL (a, b, row) { WITH a, b WHERE row.type = 'IMPOSED_BY' MERGE (a)-[:IMPOSED_BY]->(b) }
CALL (a, b, row) { WITH a, b WHERE row.type = 'DONOR' MERGE (a)-[:DONOR]->(b) }
CALL (a, b, row) { WITH a, b WHERE row.type = 'RECIPIENT' MERGE (a)-[:RECIPIENT]->(b) }
