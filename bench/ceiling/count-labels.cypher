// bench:seed-ceiling: nodes per label set.
MATCH (n) RETURN labels(n) AS labels, count(*) AS count ORDER BY count DESC
