// Who speaks for whom: the people who act for a state or an organisation (a president,
// a minister, a spokesperson), with the title the articles give them. $party narrows it
// to one state or organisation (its name, an alias or, for a state, its ISO3 code);
// null shows everyone.
// Graph: people around the states and organisations they act for.
// Table: by state or organisation, then person.
:param party => null;

MATCH acts = (person:Person)-[r:ACTS_FOR]->(o:Entity)
WHERE $party IS NULL
   OR toLower(o.name) = toLower($party)
   OR o.iso3 = toUpper($party)
   OR any(alias IN o.aliases WHERE toLower(alias) = toLower($party))
RETURN o.name AS actsFor, person.name AS person, r.title AS title, acts
ORDER BY actsFor, person;
