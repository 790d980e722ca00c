// Deletes up to $limit nodes and returns how many (graph/write/empty-database.ts runs it,
// after admin/delete-relationships, until none are left).
MATCH (n)
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
