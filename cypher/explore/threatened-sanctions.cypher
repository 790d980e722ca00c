// Threatened sanctions with deadlines: sanctions, tariffs and embargoes that someone
// threatened (a WARNS about them, or still THREATENED) with a deadline from $after to
// $before (YYYY-MM-DD, inclusive; null for no bound), with their status now (a threat
// may since have been carried out), who threatened them (WARNS), who would impose them
// (IMPOSED_BY) and on whom (TARGETS).
// Graph: each sanction (captioned with its name and status) among those parties.
// Table: by deadline, with the condition attached to the threat.
:param after => '2025-07-01';
:param before => '2025-12-31';

MATCH (s:Sanction)
WHERE s.deadline IS NOT NULL
  AND ($after IS NULL OR s.deadline >= $after)
  AND ($before IS NULL OR s.deadline <= $before)
  AND (s.status = 'THREATENED' OR EXISTS { ()-[:WARNS]->(s) })
RETURN s.deadline AS deadline, s.name AS sanction, s.status AS status, s.condition AS condition, s,
       [party = (s)-[:IMPOSED_BY|TARGETS]->() | party] AS parties,
       [threat = ()-[:WARNS]->(s) | threat] AS threatenedBy
ORDER BY deadline, sanction;
