// bench:seed-ceiling --ids internal: as nodes.cypher, returning internal ids (small integers
// on the wire; id() is deprecated, fine for a bound that is only measured).
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
RETURN id(n) AS node
