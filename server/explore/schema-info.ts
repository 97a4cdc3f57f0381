import type { SchemaInfo } from '../../contract/index.ts';
import { graphCounts } from '../db/counts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { NODE_LABELS, REL_TYPES } from '../graph/model.ts';

/** The labels and relationship types of the schema with their counts and property names. */
export async function schemaInfo(db: GraphDb): Promise<SchemaInfo> {
  const counts = await graphCounts(db);
  return db.reading(async (read) => {
    const nodeProps = new Map((await read.rows<{ label: string; properties: string[] }>('schema-node-properties')).map((r) => [r.label, r.properties]));
    const relProps = new Map((await read.rows<{ type: string; properties: string[] }>('schema-rel-properties')).map((r) => [r.type, r.properties]));
    const propertyKeys = (await read.rows<{ propertyKey: string }>('schema-property-keys')).map((r) => r.propertyKey);
    return {
      labels: NODE_LABELS.map((label) => ({ label, count: counts.nodes[label] ?? 0, properties: nodeProps.get(label) ?? [] })),
      relationshipTypes: REL_TYPES.map((type) => ({ type, count: counts.relationships[type] ?? 0, properties: relProps.get(type) ?? [] })),
      propertyKeys,
    };
  });
}
