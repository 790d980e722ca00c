// An actor's dated events in date order (events-by-actor.cypher and events-between.cypher
// seek it per actor id instead of reading the whole `event_date` range).
CREATE INDEX event_actor_date IF NOT EXISTS FOR (n:Event) ON (n.actor, n.date)
