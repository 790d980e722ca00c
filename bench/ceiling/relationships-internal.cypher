// bench:seed-ceiling --ids internal: as relationships.cypher, both ends by internal id.
UNWIND $rows AS row
MATCH (a) WHERE id(a) = row.a
MATCH (b) WHERE id(b) = row.b
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
