// (:Event)-[:REPORTED_IN {sentence, start, end, field, confidence, modality, rule, speaker}]->(:Article),
// one per event and article; then each touched event's reports is recounted (not
// incremented), so repeating a batch cannot inflate it.
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:Article {id: row.article})
MERGE (e)-[r:REPORTED_IN]->(a)
  ON CREATE SET r += row.props
WITH DISTINCT e
SET e.reports = COUNT { (e)-[:REPORTED_IN]->(:Article) }
