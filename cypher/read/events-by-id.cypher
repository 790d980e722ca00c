// Events by id (the per-request event DataLoader).
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN properties(e) AS event
