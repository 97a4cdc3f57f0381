// Technologies that enable sectors.
MATCH (s:Sector)-[:ENABLED_BY]->(t:Technology)
RETURN s.id AS sector, t
