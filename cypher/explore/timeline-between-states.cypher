// A timeline between two states: what happened between $stateA and $stateB (ISO 3166-1
// alpha-3 codes) from $from to $to (YYYY-MM-DD, inclusive), in date order. Each side is
// the state and the people who act for it; a fact belongs to the timeline when its actor
// is on one side and one of its targets on the other (either way round).
// Table: date, type, actor, what about, targets, modality, how many articles report it
// and one of their sentences.
:param stateA => 'RUS';
:param stateB => 'UKR';
:param from => '2025-07-01';
:param to => '2025-07-31';

MATCH (sa:State {iso3: $stateA})
MATCH (sb:State {iso3: $stateB})
MATCH (e:Event)-[:ACTOR]->(actor)
WHERE e.date >= $from AND e.date <= $to
WITH e, actor,
     CASE
       WHEN actor = sa OR EXISTS { (actor)-[:ACTS_FOR]->(sa) } THEN sb
       WHEN actor = sb OR EXISTS { (actor)-[:ACTS_FOR]->(sb) } THEN sa
     END AS otherSide
WHERE otherSide IS NOT NULL
  AND EXISTS { MATCH (e)-[:TARGET]->(t) WHERE t = otherSide OR EXISTS { (t)-[:ACTS_FOR]->(otherSide) } }
RETURN e.date AS date, e.type AS type, actor.name AS actor,
       COLLECT { MATCH (e)-[:OBJECT]->(o) RETURN o.name } AS about,
       COLLECT { MATCH (e)-[:TARGET]->(t) RETURN t.name ORDER BY t.name } AS targets,
       e.modality AS modality, e.reports AS reports,
       COLLECT { MATCH (e)-[r:REPORTED_IN]->(:Article) RETURN r.sentence LIMIT 1 }[0] AS sentence
ORDER BY date, type, actor;
