// The procedures and functions the console lets researchers call: read-only ones only.
// Everything else is refused — dbms.*, apoc.*, gds.*, and any procedure that writes, loads files
// or reaches the network — whether or not it is installed.

/** Read-only procedures, compared case-insensitively. */
export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
] as const;

/**
 * Namespaced functions that are built into Cypher and only compute values. Functions without a
 * namespace are all built in (Neo4j puts user-defined functions in a namespace), so they pass.
 */
export const ALLOWED_FUNCTIONS = [
  'date.truncate', 'date.statement', 'date.transaction', 'date.realtime',
  'datetime.truncate', 'datetime.statement', 'datetime.transaction', 'datetime.realtime', 'datetime.fromepoch', 'datetime.fromepochmillis',
  'localdatetime.truncate', 'localdatetime.statement', 'localdatetime.transaction', 'localdatetime.realtime',
  'time.truncate', 'time.statement', 'time.transaction', 'time.realtime',
  'localtime.truncate', 'localtime.statement', 'localtime.transaction', 'localtime.realtime',
  'duration.between', 'duration.inMonths', 'duration.inDays', 'duration.inSeconds',
  'point.distance', 'point.withinBBox',
  'vector.similarity.euclidean', 'vector.similarity.cosine',
  'db.nameFromElementId',
] as const;

const procedures = new Set(ALLOWED_PROCEDURES.map((p) => p.toLowerCase()));
const functions = new Set(ALLOWED_FUNCTIONS.map((f) => f.toLowerCase()));

export const isAllowedProcedure = (name: string) => procedures.has(name.toLowerCase());

export const isAllowedFunction = (name: string) => !name.includes('.') || functions.has(name.toLowerCase());
