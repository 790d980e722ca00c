// bench:seed-ceiling: nodes, CREATE only, labels and every property precomputed
// (row.labels: ['Entity', kind] | ['Event'] | ['Article']); returns each node's element id.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
RETURN elementId(n) AS node
