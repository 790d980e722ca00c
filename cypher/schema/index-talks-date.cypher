// Talks in date order (talks-of-party.cypher reads it in order for a party in many talks).
CREATE INDEX talks_date IF NOT EXISTS FOR (n:Talks) ON (n.date)
