// The people who act for each state or organisation in $ids, by name.
UNWIND $ids AS id
MATCH (o:Entity {id: id})
RETURN id,
       COLLECT {
         MATCH (p:Person)-[r:ACTS_FOR]->(o)
         WITH p, r ORDER BY p.name, p.id
         RETURN {person: p.id, title: r.title}
       } AS roles
