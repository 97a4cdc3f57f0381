import type { Node } from 'neo4j-driver';
import type { NodeDetail, NodeLabel, Provenance } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { query } from '../db/queries.ts';
import { resolveNodeIds, splitNodeId } from './node-ids.ts';


/** A node's properties, its neighbours counted by label and links by type, and its sources. */
export async function nodeDetail(db: GraphDb, id: string): Promise<NodeDetail> {
  return db.readAll(async (tx) => {
    const eid = (await resolveNodeIds(tx, [id], 'id')).get(id)!;
    const result = await tx.run(query('node-detail'), { eid });
    const row = result.records[0]!;
    const n = row.get('n') as Node;
    const props = n.properties as Record<string, unknown>;
    const { key } = splitNodeId(id);
    return {
      node: { id, key, label: String(props.name ?? key), type: n.labels[0] as NodeLabel, props },
      neighbours: {
        byLabel: Object.fromEntries(row.get('byLabel') as [string, number][]),
        byType: Object.fromEntries(row.get('byType') as [string, number][]),
      },
      provenance: row.get('provenance') as Provenance[],
    };
  });
}
