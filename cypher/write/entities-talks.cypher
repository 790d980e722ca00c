// :Talks entities of a batch (rows sorted by id). The name is the first article's, aliases
// are the sorted union of every article's, other attributes are the latest known (row.props
// holds no nulls, so an article that does not say something never erases it).
UNWIND $rows AS row
MERGE (n:Talks {id: row.id})
  ON CREATE SET n:Entity, n.name = row.name
SET n += row.props
SET n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS alias WITH DISTINCT alias ORDER BY alias RETURN alias }
SET n.aliasText = reduce(text = '', alias IN n.aliases | CASE text WHEN '' THEN alias ELSE text + ' | ' + alias END)
