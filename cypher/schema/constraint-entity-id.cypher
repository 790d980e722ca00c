// Every entity (Person, State, Organization, Place, Talks, Sanction, Agreement, Aid)
// also carries :Entity; relationship writes find their ends by :Entity id, through this.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
