// How two people are connected: the shortest chains of facts (PROPOSES, WARNS, MEETS …)
// and roles (ACTS_FOR, PARTY, TARGETS …) between $personA and $personB (names or aliases of
// people), in either direction, at most 6 steps long (the bound is part of the pattern,
// as Cypher takes no parameter there). Articles and mentions are left out: two people
// named in the same article are not thereby connected.
// Graph: every shortest chain, at most 10.
:param personA => 'Rustem Umerov';
:param personB => 'Dmitry Peskov';

MATCH (a:Person)
WHERE toLower(a.name) = toLower($personA) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($personA))
MATCH (b:Person)
WHERE toLower(b.name) = toLower($personB) OR any(alias IN b.aliases WHERE toLower(alias) = toLower($personB))
MATCH chain = allShortestPaths((a)-[:PROPOSES|WARNS|AGREED|MEETS|IMPOSES|EASES|DEMANDS|REJECTS|AIDS|ACCUSES|ACTS_FOR|PARTY|TARGETS|IMPOSED_BY|HELD_IN|DONOR|RECIPIENT*..6]-(b))
WHERE a <> b
RETURN length(chain) AS steps, [n IN nodes(chain) | n.name] AS via, chain
LIMIT 10;
