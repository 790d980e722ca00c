// Name search over every entity (:Person, :State, :Organization, :Place all carry
// :Entity): `name` and `aliasText`, the aliases joined into one string.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
