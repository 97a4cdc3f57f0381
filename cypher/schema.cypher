// Schema of the Helix Explorer graph: applied idempotently at every start.
// One uniqueness constraint on `id` per label (it also gives the index MERGE uses).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT technology_id IF NOT EXISTS FOR (n:Technology) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE;
// Full-text search over names, English names and aliases; 'standard-folding' folds accents
// and case, so "Öresund" is found as "oresund".
CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:Actor|Sector|Technology|Region|Policy|Project|Document)
ON EACH [n.name, n.nameEn, n.aliases, n.acronym]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
// The whole-graph run's PageRank (whole-graph-analytics.ts): everything drawn cut walks actors in its
// order, and stops at the first $limit of the period (scope-cut-all.cypher).
CREATE INDEX actor_pagerank IF NOT EXISTS FOR (n:Actor) ON (n.pagerank);
// Researchers' saved console queries.
CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.id IS UNIQUE;
// The one import lease shared by every app instance on the database (MERGE needs the constraint to be atomic).
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.id IS UNIQUE;
