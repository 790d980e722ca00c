// How two entities are connected: the shortest paths over facts (the ten event
// relationships) and roles (ACTS_FOR, PARTY, TARGETS, IMPOSED_BY, HELD_IN, DONOR,
// RECIPIENT), either direction, at most 4 hops (a bound in the pattern: Cypher takes no
// parameter there) and at most $maxHops, at most $limit paths; the path's entities as
// entities-by-id.cypher returns them (`entities`).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:PROPOSES|WARNS|AGREED|MEETS|IMPOSES|EASES|DEMANDS|REJECTS|AIDS|ACCUSES|ACTS_FOR|PARTY|TARGETS|IMPOSED_BY|HELD_IN|DONOR|RECIPIENT*..4]-(b))
WHERE length(p) <= $maxHops
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS nodes,
       [rel IN relationships(p) | {type: type(rel), from: startNode(rel).id, to: endNode(rel).id, event: rel.event, title: rel.title}] AS steps,
       [x IN nodes(p) | {id: x.id, kind: [label IN labels(x) WHERE label <> 'Entity'][0], props: properties(x),
                  links: COLLECT { MATCH (x)-[r:ACTS_FOR|PARTY|HELD_IN|TARGETS|IMPOSED_BY|DONOR|RECIPIENT]->(m:Entity) WITH r, m ORDER BY type(r), m.id RETURN {type: type(r), id: m.id, title: r.title} }}] AS entities
