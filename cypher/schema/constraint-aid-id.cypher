// Natural key of :Aid.
CREATE CONSTRAINT aid_id IF NOT EXISTS FOR (n:Aid) REQUIRE n.id IS UNIQUE
