// :Article nodes of a batch. Written in the batch's transaction with everything the
// article says, so an Article node means its article is completely in the graph.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a += row.props
