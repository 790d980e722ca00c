// The batch's :Article nodes, written first in its transaction: MERGE on the unique id
// locks the key, so when two transactions write one article only the first creates it.
// Returns the articles this transaction created (with their element ids, for the
// statements that follow in the same transaction): only those are written; the others
// are in the graph already and are passed over. Everything else an article says is
// written in the same transaction, so a committed Article node means a whole article.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a += row.props, a.parleyClaim = true
WITH a, row WHERE a.parleyClaim
REMOVE a.parleyClaim
RETURN row.id AS id, elementId(a) AS node
