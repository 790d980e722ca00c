// The structural relationships (as write/links) whose start node write/entities created in
// this transaction (a Talks, Sanction, Agreement or Aid first read in this batch): no other
// article can have drawn them yet, and the batch's rows are deduplicated, so they are
// CREATEd, the type given as $(row.type), with no MERGE looking between the two nodes.
// Ends are found by element id ($nodes: id → element id, this transaction's).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = $nodes[row.from]
MATCH (b) WHERE elementId(b) = $nodes[row.to]
CREATE (a)-[:$(row.type)]->(b)
