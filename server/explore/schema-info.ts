import type { SchemaInfo } from '../../contract/index.ts';
import { graphCounts } from '../db/counts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { query } from '../db/queries.ts';
import { NODE_LABELS, REL_TYPES } from '../graph/model.ts';

/** The labels and relationship types of the schema with their counts and property names. */
export async function schemaInfo(db: GraphDb): Promise<SchemaInfo> {
  const counts = await graphCounts(db);
  return db.readAll(async (tx) => {
    const nodeProps = new Map((await tx.run(query('schema-node-properties'))).records.map((r) => [r.get('label') as string, r.get('properties') as string[]]));
    const relProps = new Map((await tx.run(query('schema-rel-properties'))).records.map((r) => [r.get('type') as string, r.get('properties') as string[]]));
    const propertyKeys = (await tx.run(query('schema-property-keys'))).records.map((r) => r.get('propertyKey') as string);
    return {
      labels: NODE_LABELS.map((label) => ({ label, count: counts.nodes[label] ?? 0, properties: nodeProps.get(label) ?? [] })),
      relationshipTypes: REL_TYPES.map((type) => ({ type, count: counts.relationships[type] ?? 0, properties: relProps.get(type) ?? [] })),
      propertyKeys,
    };
  });
}
