// bench:seed-ceiling: relationships of one type ($type), CREATE only, both ends by element
// id, every property precomputed (row.props, {} when none).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
