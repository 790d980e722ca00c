// How two entities are connected: the shortest paths over facts (the ten event
// relationships) and roles (ACTS_FOR, PARTY, TARGETS, IMPOSED_BY, HELD_IN, DONOR,
// RECIPIENT), either direction, at most 4 hops (a bound in the pattern: Cypher takes no
// parameter there) and at most $maxHops, at most $limit paths.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:PROPOSES|WARNS|AGREED|MEETS|IMPOSES|EASES|DEMANDS|REJECTS|AIDS|ACCUSES|ACTS_FOR|PARTY|TARGETS|IMPOSED_BY|HELD_IN|DONOR|RECIPIENT*..4]-(b))
WHERE length(p) <= $maxHops
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, event: r.event, title: r.title}] AS steps
