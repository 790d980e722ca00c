// The entities each article in $ids mentions, most mentioned first, then by id, at most $limit;
// with $withEntities, each with its entity as entities-by-id.cypher returns it (`row`, else null).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id,
       COLLECT {
         MATCH (a)-[m:MENTIONS]->(n:Entity)
         WITH n, m ORDER BY m.count DESC, n.id
         LIMIT $limit
         RETURN {entity: n.id, count: m.count, row: CASE WHEN $withEntities THEN {
           id: n.id, kind: [label IN labels(n) WHERE label <> 'Entity'][0], props: properties(n),
           links: COLLECT { MATCH (n)-[lr:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(lm:Entity) WITH lr, lm ORDER BY type(lr), lm.id RETURN {type: type(lr), id: lm.id, title: lr.title} }
         } ELSE null END}
       } AS mentions
