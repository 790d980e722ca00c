// One :Event node per fact (its key: type, actor, object, targets, date and modality),
// with everything that hangs off it, in one pass over the batch's events. Entities and
// articles are found by element id: $nodes maps their ids to the element ids that the
// statements before returned, in this transaction.
// - confidence is the highest any article gave; reports is the number of REPORTED_IN (a new
//   event's are the batch's reports of it; a known one's are recounted after its new ones);
// - an event with no ACTOR yet (a new one) gets (e)-[:ACTOR]->(actor) and the typed
//   relationship (actor)-[:PROPOSES|WARNS|… {event, modality, date, cameo}]->(object, else
//   each target), CREATEd once: the fact read as a sentence (its confidence and reports
//   live on its :Event). No MERGE has to scan the relationships between two hub nodes.
// - (e)-[:OBJECT]->(object) and (e)-[:TARGET]->(target) are CREATEd with a new event and
//   MERGEd from an old one (from the Event, a node of a few relationships: an end an
//   earlier article left undefined may be defined now).
// - (e)-[:REPORTED_IN {sentence, start, end, field, confidence, modality, rule, speaker}]->(article),
//   one per event and article, CREATEd: the articles are the ones this transaction created.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.type = row.type, e.cameo = row.cameo, e.modality = row.modality, e.date = row.date,
                e.actor = row.actor, e.object = row.object, e.targets = row.targets,
                e.confidence = row.confidence, e.reports = size(row.reports)
  ON MATCH SET e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END
WITH e, row, EXISTS { (e)-[:ACTOR]->() } AS linked
CALL (e, row, linked) {
  WITH e, row WHERE NOT linked
  MATCH (a) WHERE elementId(a) = $nodes[row.actor]
  CREATE (e)-[:ACTOR]->(a)
  WITH e, row, a
  CALL (e, row) {
    UNWIND row.objectIds AS id
    MATCH (n) WHERE elementId(n) = $nodes[id]
    CREATE (e)-[:OBJECT]->(n)
  }
  CALL (e, row) {
    UNWIND row.targetIds AS id
    MATCH (n) WHERE elementId(n) = $nodes[id]
    CREATE (e)-[:TARGET]->(n)
  }
  WITH a, row
  UNWIND row.ends AS end
  MATCH (b) WHERE elementId(b) = $nodes[end]
  CREATE (a)-[:$(row.type) {event: row.id, modality: row.modality, date: row.date, cameo: row.cameo}]->(b)
}
CALL (e, row, linked) {
  WITH e, row WHERE linked
  CALL (e, row) {
    UNWIND row.objectIds AS id
    MATCH (n) WHERE elementId(n) = $nodes[id]
    MERGE (e)-[:OBJECT]->(n)
  }
  CALL (e, row) {
    UNWIND row.targetIds AS id
    MATCH (n) WHERE elementId(n) = $nodes[id]
    MERGE (e)-[:TARGET]->(n)
  }
}
CALL (e, row) {
  UNWIND row.reports AS report
  MATCH (a) WHERE elementId(a) = $nodes[report.article]
  CREATE (e)-[r:REPORTED_IN]->(a)
  SET r = report.props
}
CALL (e, linked) {
  WITH e WHERE linked
  SET e.reports = COUNT { (e)-[:REPORTED_IN]->() }
}
