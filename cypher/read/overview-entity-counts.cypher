// Entities by kind, from the count store (one label each: constant time).
CALL { MATCH (n:Person) RETURN 'Person' AS kind, count(n) AS count
  UNION ALL MATCH (n:State) RETURN 'State' AS kind, count(n) AS count
  UNION ALL MATCH (n:Organization) RETURN 'Organization' AS kind, count(n) AS count
  UNION ALL MATCH (n:Place) RETURN 'Place' AS kind, count(n) AS count
  UNION ALL MATCH (n:Talks) RETURN 'Talks' AS kind, count(n) AS count
  UNION ALL MATCH (n:Sanction) RETURN 'Sanction' AS kind, count(n) AS count
  UNION ALL MATCH (n:Agreement) RETURN 'Agreement' AS kind, count(n) AS count
  UNION ALL MATCH (n:Aid) RETURN 'Aid' AS kind, count(n) AS count }
RETURN kind, count
