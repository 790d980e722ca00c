// Natural key of :Talks.
CREATE CONSTRAINT talks_id IF NOT EXISTS FOR (n:Talks) REQUIRE n.id IS UNIQUE
