// Entities by id (the per-request entity DataLoader): one row per id found, with its
// kind (the label besides :Entity), its properties and its outgoing structural links
// (roles, parties, venue, targets, imposer, donor, recipients), ordered by type and id.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS kind,
       properties(n) AS props,
       COLLECT {
         MATCH (n)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity)
         WITH r, m ORDER BY type(r), m.id
         RETURN {type: type(r), id: m.id, title: r.title}
       } AS links
