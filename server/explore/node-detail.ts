import type { NodeDetail, NodeLabel, Provenance } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { GraphNode } from '../db/rows.ts';
import { resolveNodeIds, splitNodeId } from './node-ids.ts';


/** A node's properties, its neighbours counted by label and links by type, and its sources. */
export async function nodeDetail(db: GraphDb, id: string): Promise<NodeDetail> {
  return db.reading(async (read) => {
    const eid = (await resolveNodeIds(read, [id], 'id')).get(id)!;
    const [row] = await read.rows<{ n: GraphNode; byLabel: [string, number][]; byType: [string, number][]; provenance: Provenance[] }>('node-detail', { eid });
    const n = row!.n;
    const props = n.properties;
    const { key } = splitNodeId(id);
    return {
      node: { id, key, label: String(props.name ?? key), type: n.labels[0] as NodeLabel, props },
      neighbours: {
        byLabel: Object.fromEntries(row!.byLabel),
        byType: Object.fromEntries(row!.byType),
      },
      provenance: row!.provenance,
    };
  });
}
