// bench:seed-ceiling: relationships per type (to check that both writers wrote one graph).
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type
