// Policy alignment: every policy that prioritises a sector, with the regions it covers.
MATCH (p:Policy)-[r:PRIORITISES]->(s:Sector)
OPTIONAL MATCH (p)-[:COVERS]->(g:Region)
RETURN p.id AS policy, p.name AS policyName, p.level AS policyLevel,
       s.id AS sector, coalesce(s.name, s.nameEn) AS sectorName, s.nameEn AS sectorNameEn,
       coalesce(r.inferred, false) AS inferred,
       collect({id: g.id, name: g.name, level: g.level}) AS regions
ORDER BY policy, sector
