// Articles by id (the per-request article DataLoader).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN properties(a) AS article
