// Deletes up to $limit relationships and returns how many (graph/write/empty-database.ts
// runs it until none are left, each run its own bounded transaction).
MATCH ()-[r]->()
WITH r LIMIT toInteger($limit)
DELETE r
RETURN count(*) AS deleted
