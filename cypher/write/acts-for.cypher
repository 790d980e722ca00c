// (:Person)-[:ACTS_FOR {title, titles}]->(:State|:Organization): title is the first
// article's, titles the sorted union of all (row.titles: the batch's, sorted); written
// only when this adds a title, so hub nodes are not locked by every batch. Ends are
// found by element id ($nodes: id → element id, this transaction's).
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = $nodes[row.from]
MATCH (o) WHERE elementId(o) = $nodes[row.to]
MERGE (p)-[r:ACTS_FOR]->(o)
  ON CREATE SET r.title = row.title, r.titles = row.titles
WITH r, row WHERE any(t IN row.titles WHERE NOT t IN r.titles)
SET r.titles = COLLECT { UNWIND r.titles + row.titles AS t WITH DISTINCT t ORDER BY t RETURN t }
