// An actor's events: every fact in which $actor (the name or an alias of a person,
// state or organisation, in any case) is the actor, with what it was about (OBJECT:
// talks, a sanction, an agreement, aid) and whom it concerned (TARGET).
// Graph: the actor, one Event node per fact (captioned with its type), its object and
// targets. Table: the facts in date order (undated last).
:param actor => 'Donald Trump';

MATCH (a:Entity)
WHERE toLower(a.name) = toLower($actor) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($actor))
MATCH acted = (e:Event)-[:ACTOR]->(a)
RETURN e.date AS date, e.type AS type, e.modality AS modality, acted,
       [about = (e)-[:OBJECT|TARGET]->() | about] AS about
ORDER BY date, type
LIMIT 100;
