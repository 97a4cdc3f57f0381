// Queries that try to change, break or escape the database through the console. Each must be
// refused (403 by the console's checks, 400 when the request or Cypher is invalid so nothing
// runs) or stopped (504 by the timeout, 422 by Neo4j's memory limit).

export interface Hostile {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  /** 403 refused · 400 rejected before running · 504 timed out · 422 memory limit */
  status: 403 | 400 | 504 | 422 | readonly (403 | 400 | 504 | 422)[];
  /** For 403: the rule that refuses it. */
  rule?: string;
}

const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });

export const HOSTILE: Hostile[] = [
  // Writes of every kind
  { name: 'create a node', query: "CREATE (n:Actor {id: 'hacked'}) RETURN n", status: 403, rule: 'write' },
  { name: 'merge a node', query: "MERGE (n:Actor {id: 'hacked'}) RETURN n", status: 403, rule: 'write' },
  { name: 'detach delete everything', query: 'MATCH (n) DETACH DELETE n', status: 403, rule: 'write' },
  { name: 'delete nodes', query: 'MATCH (n:Observation) DELETE n', status: 403, rule: 'write' },
  { name: 'delete relationships', query: 'MATCH ()-[r]->() DELETE r', status: 403, rule: 'write' },
  { name: 'set a property', query: "MATCH (n:Actor) SET n.name = 'hacked'", status: 403, rule: 'write' },
  { name: 'set a label', query: 'MATCH (n:Actor) SET n:Hacked', status: 403, rule: 'write' },
  { name: 'replace all properties', query: 'MATCH (n) SET n = {}', status: 403, rule: 'write' },
  { name: 'add properties', query: 'MATCH (n) SET n += {hacked: true}', status: 403, rule: 'write' },
  { name: 'remove a property', query: 'MATCH (n:Actor) REMOVE n.name', status: 403, rule: 'write' },
  { name: 'remove a label', query: 'MATCH (n:Actor) REMOVE n:Actor', status: 403, rule: 'write' },
  { name: 'create relationships', query: 'MATCH (a:Actor), (b:Actor) CREATE (a)-[:HACKED]->(b)', status: 403, rule: 'write' },
  { name: 'create in a loop', query: 'UNWIND range(1, 10) AS i CREATE (:Junk {i: i})', status: 403, rule: 'write' },
  { name: 'foreach set', query: 'MATCH (n) FOREACH (x IN [1] | SET n.x = x)', status: 403, rule: 'write' },
  { name: 'write inside a subquery', query: 'MATCH (n:Actor) WITH n LIMIT 1 CALL { WITH n SET n.hacked = true } RETURN 1', status: 403, rule: 'write' },
  { name: 'write inside a scoped subquery', query: 'MATCH (n) CALL (n) { DETACH DELETE n } RETURN count(*)', status: 403, rule: 'write' },
  { name: 'merge on match set', query: "MERGE (a:Actor {id: 'imec'}) ON MATCH SET a.name = 'hacked'", status: 403, rule: 'write' },
  { name: 'GQL insert', query: 'INSERT (:Junk {x: 1})', status: 403, rule: 'write' },
  { name: 'lower-case create', query: 'create (n:Junk) return n', status: 403, rule: 'write' },
  { name: 'mixed-case detach delete', query: 'mAtCh (n) dEtAcH dElEtE n', status: 403, rule: 'write' },
  { name: 'write after a read union', query: 'MATCH (n) RETURN n.id AS id UNION CREATE (m:Junk) RETURN m.id AS id', status: 403, rule: 'write' },

  // Procedures and functions outside the allowlist
  { name: 'dbms.components', query: 'CALL dbms.components()', status: 403, rule: 'procedure' },
  { name: 'dbms.listConfig', query: 'CALL dbms.listConfig()', status: 403, rule: 'procedure' },
  { name: 'create a user by procedure', query: "CALL dbms.security.createUser('eve', 'password123', false)", status: 403, rule: 'procedure' },
  { name: 'db.createLabel', query: "CALL db.createLabel('Hacked')", status: 403, rule: 'procedure' },
  { name: 'db.createProperty', query: "CALL db.createProperty('hacked')", status: 403, rule: 'procedure' },
  { name: 'db.createRelationshipType', query: "CALL db.createRelationshipType('HACKED')", status: 403, rule: 'procedure' },
  { name: 'db.clearQueryCaches', query: 'CALL db.clearQueryCaches()', status: 403, rule: 'procedure' },
  { name: 'dbms.setConfigValue', query: "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", status: 403, rule: 'procedure' },
  { name: 'tx.setMetaData', query: 'CALL tx.setMetaData({who: "eve"})', status: 403, rule: 'procedure' },
  { name: 'apoc.create.node', query: "CALL apoc.create.node(['Hacked'], {})", status: 403, rule: 'procedure' },
  { name: 'apoc.load.json over the network', query: "CALL apoc.load.json('http://example.com/x.json') YIELD value RETURN value", status: 403, rule: 'procedure' },
  { name: 'apoc.cypher.runWrite with a parameter', query: 'CALL apoc.cypher.runWrite($q, {})', params: { q: 'CREATE (:Junk)' }, status: 403, rule: 'procedure' },
  { name: 'backtick-quoted procedure', query: 'CALL `dbms`.`components`()', status: 403, rule: 'procedure' },
  { name: 'one backtick-quoted procedure name', query: 'CALL `dbms.components`()', status: 403, rule: 'procedure' },
  { name: 'procedure name spread with spaces', query: "CALL db . createLabel ( 'Hacked' )", status: 403, rule: 'procedure' },
  { name: 'procedure name split by a comment', query: "CALL db./* hi */createLabel('Hacked')", status: 403, rule: 'procedure' },
  { name: 'allowed procedure then a forbidden one', query: "CALL db.labels() YIELD label CALL db.createLabel(label + 'X') RETURN label", status: 403, rule: 'procedure' },
  { name: 'allowed procedure feeding a delete', query: "CALL db.index.fulltext.queryNodes('names', 'imec') YIELD node DETACH DELETE node", status: 403, rule: 'write' },
  { name: 'apoc function', query: 'RETURN apoc.version()', status: 403, rule: 'function' },
  { name: 'backtick-quoted apoc function', query: "RETURN `apoc.text.join`(['a'], ',')", status: 403, rule: 'function' },
  { name: 'dbms function in a WHERE', query: 'MATCH (n) WHERE dbms.hacked(n) RETURN n', status: 403, rule: 'function' },

  // Files and the network
  { name: 'LOAD CSV of a local file', query: "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", status: 403, rule: 'load-csv' },
  { name: 'LOAD CSV over https', query: "LOAD CSV WITH HEADERS FROM 'https://example.com/x.csv' AS row RETURN row", status: 403, rule: 'load-csv' },
  { name: 'lower-case load csv', query: "load   csv from 'file:///etc/hosts' as r return r", status: 403, rule: 'load-csv' },
  { name: 'LOAD CSV split by a comment', query: "LOAD/**/CSV FROM 'file:///etc/passwd' AS r RETURN r", status: 403, rule: 'load-csv' },
  { name: 'LOAD CSV after a read', query: "MATCH (n:Actor) WITH n LIMIT 1 LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", status: 403, rule: 'load-csv' },
  { name: 'periodic commit load', query: "USING PERIODIC COMMIT LOAD CSV FROM 'file:///x' AS r CREATE (:Junk)", status: 403 },

  // Administration and other databases
  { name: 'show databases', query: 'SHOW DATABASES', status: 403, rule: 'administration' },
  { name: 'show users', query: 'SHOW USERS', status: 403, rule: 'administration' },
  { name: 'show procedures', query: 'SHOW PROCEDURES YIELD name RETURN name', status: 403, rule: 'administration' },
  { name: 'show transactions', query: 'SHOW TRANSACTIONS', status: 403, rule: 'administration' },
  { name: 'terminate transactions', query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", status: 403, rule: 'administration' },
  { name: 'create a database', query: 'CREATE DATABASE hacked', status: 403, rule: 'administration' },
  { name: 'create or replace a database', query: 'CREATE OR REPLACE DATABASE neo4j', status: 403, rule: 'administration' },
  { name: 'drop the database', query: 'DROP DATABASE neo4j', status: 403, rule: 'administration' },
  { name: 'stop the database', query: 'STOP DATABASE neo4j', status: 403, rule: 'administration' },
  { name: 'change a password', query: "ALTER USER neo4j SET PASSWORD 'hacked-password'", status: 403, rule: 'administration' },
  { name: 'grant a role', query: 'GRANT ROLE admin TO neo4j', status: 403, rule: 'administration' },
  { name: 'create an index', query: 'CREATE INDEX hacked FOR (n:Actor) ON (n.name)', status: 403, rule: 'administration' },
  { name: 'create a constraint', query: 'CREATE CONSTRAINT hacked FOR (n:Junk) REQUIRE n.id IS UNIQUE', status: 403, rule: 'administration' },
  { name: 'drop a constraint', query: 'DROP CONSTRAINT actor_id IF EXISTS', status: 403, rule: 'administration' },
  { name: 'USE the system database', query: 'USE system SHOW USERS', status: 403 },
  { name: 'USE a database before a read', query: 'USE neo4j MATCH (n) RETURN count(n)', status: 403, rule: 'use' },
  { name: 'USE inside a subquery', query: 'CALL { USE system RETURN 1 AS x } RETURN x', status: 403, rule: 'use' },
  { name: 'EXPLAIN prefix of our own', query: 'EXPLAIN MATCH (n) DETACH DELETE n', status: 403, rule: 'query-options' },
  { name: 'PROFILE prefix', query: 'PROFILE MATCH (n) RETURN n', status: 403, rule: 'query-options' },
  { name: 'CYPHER options prefix', query: 'CYPHER runtime=slotted MATCH (n) SET n.x = 1', status: 403, rule: 'query-options' },

  // Several statements
  { name: 'read then delete', query: 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n', status: 403, rule: 'multiple-statements' },
  { name: 'read then create', query: 'RETURN 1;CREATE (:Junk)', status: 403, rule: 'multiple-statements' },
  { name: 'a semicolon in a string, then a real one', query: "RETURN ';' AS s; CREATE (:Junk)", status: 403, rule: 'multiple-statements' },
  { name: 'a statement after a block comment', query: 'RETURN 1 /* harmless */ ; DROP DATABASE neo4j', status: 403, rule: 'multiple-statements' },
  { name: 'a statement on a new line', query: 'MATCH (n) RETURN count(n)\n;\nMATCH (n) DETACH DELETE n', status: 403, rule: 'multiple-statements' },

  // Batched transactions
  { name: 'writes in transactions', query: 'UNWIND range(1, 3) AS i CALL { WITH i CREATE (:Junk {i: i}) } IN TRANSACTIONS OF 1 ROWS', status: 403 },
  { name: 'reads in transactions', query: 'MATCH (n) CALL { WITH n RETURN n.id AS id } IN TRANSACTIONS RETURN id', status: 403, rule: 'in-transactions' },

  // Comments and unicode to hide keywords
  { name: 'comments between keywords', query: 'MATCH (n) /* a */ DETACH /* b */ DELETE n', status: 403, rule: 'write' },
  { name: 'line comment between keywords', query: 'MATCH (n)\nDETACH // nothing to see\nDELETE n', status: 403, rule: 'write' },
  { name: 'no-break space between keywords', query: 'MATCH (n) DETACH\u00a0DELETE n', status: 403, rule: 'write' },
  { name: 'em space between keywords', query: 'MATCH (n) DETACH\u2003DELETE n', status: 403, rule: 'write' },
  { name: 'zero-width space inside a keyword', query: 'MATCH (n) DE\u200bLETE n', status: 400 },
  { name: 'zero-width space between keywords', query: 'MATCH (n) DETACH\u200bDELETE n', status: [403, 400] },
  { name: 'full-width keyword', query: 'MATCH (n) \uff24\uff25\uff2c\uff25\uff34\uff25 n', status: 400 },
  { name: 'Cyrillic look-alike keyword', query: 'MATCH (n) D\u0415LETE n', status: 400 },
  { name: 'backtick-quoted keyword', query: 'MATCH (n) `DELETE` n', status: 400 },
  { name: 'an unclosed comment hiding the end', query: 'MATCH (n) RETURN n /* DETACH DELETE n', status: 403, rule: 'unreadable' },
  { name: 'a keyword after an escaped quote', query: "RETURN 'it\\'s' AS s CREATE (:Junk)", status: 403, rule: 'write' },

  // Parameter tricks
  { name: 'injection in a parameter name', query: 'MATCH (n) RETURN n', params: { 'x}) DETACH DELETE n //': 1 }, status: 400 },
  { name: 'parameters nested too deep', query: 'RETURN $p', params: { p: nested(40) }, status: 400 },
  { name: 'parameter used as a label to create', query: 'CALL db.createLabel($label)', params: { label: 'Hacked' }, status: 403, rule: 'procedure' },
  { name: 'parameter written as a property', query: 'MATCH (n) SET n.name = $name', params: { name: 'hacked' }, status: 403, rule: 'write' },
  { name: 'parameter as a map of properties', query: 'MATCH (n:Actor) SET n += $props', params: { props: { name: 'hacked' } }, status: 403, rule: 'write' },
  { name: 'parameter as a procedure name', query: 'CALL $proc()', params: { proc: 'db.createLabel' }, status: 403, rule: 'procedure' },

  // Very long or deeply nested queries
  { name: 'a query longer than the limit', query: `RETURN ${'1 + '.repeat(6000)}1`, status: 400 },
  { name: 'a long query with a write at the end', query: `MATCH (n) WHERE ${Array.from({ length: 400 }, (_, i) => `n.id = 'x${i}'`).join(' OR ')} DETACH DELETE n`, status: 403, rule: 'write' },
  { name: 'deeply nested parentheses', query: `RETURN ${'('.repeat(2000)}1${')'.repeat(2000)} AS x`, status: 403, rule: 'too-complex' },
  { name: 'deeply nested lists', query: `RETURN ${'['.repeat(1500)}1${']'.repeat(1500)} AS x`, status: 403, rule: 'too-complex' },
  { name: 'deeply nested maps', query: `RETURN ${'{a: '.repeat(500)}1${'}'.repeat(500)} AS x`, status: 403, rule: 'too-complex' },

  // Queries that would run (nearly) forever
  { name: 'four-way cartesian product', query: 'MATCH (a), (b), (c), (d) RETURN count(a.id + b.id + c.id + d.id)', status: 504 },
  { name: 'cartesian product collected', query: 'MATCH (a), (b), (c) RETURN size(collect([a.id, b.id, c.id])) AS n', status: [504, 422] },
  { name: 'unbounded variable-length paths', query: 'MATCH p = (a)-[*]-(b) RETURN count(p)', status: 504 },
  { name: 'a billion-row unwind', query: 'UNWIND range(1, 1000000000) AS i RETURN sum(i)', status: 504 },
  { name: 'sorting a cartesian product', query: 'MATCH (a), (b), (c) RETURN a.id, b.id, c.id ORDER BY a.id + b.id + c.id LIMIT 1', status: [504, 422] },
];
