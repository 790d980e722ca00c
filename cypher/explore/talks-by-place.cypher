// Talks by place: the negotiations, summits, meetings and calls held (or planned) in
// $place (a venue's name or alias, in any case; null for every venue), with their
// parties and status.
// Graph: talks (captioned with name and status), the place and the parties.
// Table: by date (undated last).
:param place => 'Istanbul';

MATCH held = (t:Talks)-[:HELD_IN]->(p:Place)
WHERE $place IS NULL
   OR toLower(p.name) = toLower($place)
   OR any(alias IN p.aliases WHERE toLower(alias) = toLower($place))
RETURN p.name AS place, t.date AS date, t.name AS talks, t.status AS status, held,
       [party = (t)-[:PARTY]->() | party] AS parties
ORDER BY place, date, talks;
