// Every entity of a batch, whatever its kind (rows sorted by id, so concurrent writers
// lock in one order): MERGE on the shared :Entity key, the kind's label (row.kind) added
// when created. The name is the first article's, aliases are the sorted union of every
// article's, other attributes are the latest known (row.props holds no nulls, so an
// article that does not say something never erases it). A new entity is written in the
// MERGE itself (row.aliases: the batch's, sorted; row.aliasText: them joined with ' | ');
// one in the graph already is written only when this changes it, so hub nodes (states)
// are not locked by every batch. Returns each entity's element id, for the statements
// that follow in the same transaction, and whether this transaction created it.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n:$(row.kind), n.name = row.name, n += row.props, n.aliases = row.aliases,
                n.aliasText = row.aliasText, n.parleyClaim = true
WITH n, row, n.parleyClaim IS NOT NULL AS created
CALL (n, created) {
  WITH n WHERE created
  REMOVE n.parleyClaim
}
CALL (n, row, created) {
  WITH n, row
  WHERE NOT created
    AND (any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
         OR any(alias IN row.aliases WHERE NOT alias IN coalesce(n.aliases, [])))
  SET n += row.props
  SET n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS alias WITH DISTINCT alias ORDER BY alias RETURN alias }
  SET n.aliasText = reduce(text = '', alias IN n.aliases | CASE text WHEN '' THEN alias ELSE text + ' | ' + alias END)
}
RETURN row.id AS id, elementId(n) AS node, created
