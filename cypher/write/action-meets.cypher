// (actor)-[:MEETS {event, modality, date, cameo}]->(object, else each target): the fact
// read as a sentence; its confidence and reports live on its :Event. Written once, with
// the Event: only for events not linked yet (write/event-actor runs after this, in the
// same transaction), so no MERGE has to scan the relationships between two hub nodes.
UNWIND $rows AS row
MATCH (e:Event {id: row.event}) WHERE NOT EXISTS { (e)-[:ACTOR]->() }
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[:MEETS {event: row.event, modality: row.modality, date: row.date, cameo: row.cameo}]->(b)
