// A state is also known by its ISO 3166-1 alpha-3 code.
CREATE CONSTRAINT state_iso3 IF NOT EXISTS FOR (n:State) REQUIRE n.iso3 IS UNIQUE
