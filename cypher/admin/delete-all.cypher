// Empties the database (tests isolate themselves with it); the schema stays.
MATCH (n) DETACH DELETE n
