// Agreements in name order (agreements-of-party.cypher reads it in order for a party in many agreements).
CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name)
