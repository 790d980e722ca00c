// Which of a batch's article ids are already in the graph (an index lookup each).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
