// One :Event node per fact (its key: type, actor, object, targets, date, modality).
// confidence is the highest any article gave; reports is set by write/reported-in.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.type = row.type, e.cameo = row.cameo, e.modality = row.modality, e.date = row.date,
                e.actor = row.actor, e.object = row.object, e.targets = row.targets,
                e.confidence = row.confidence, e.reports = 0
  ON MATCH SET e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END
