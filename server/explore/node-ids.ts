import type { Reader } from '../db/rows.ts';
import { splitNodeId } from '../../contract/index.ts';
import type { NodeLabel } from '../graph/model.ts';
import { noSuchNode } from '../domain-errors.ts';

export { nodeIdOf, nodeIdSchema, splitNodeId } from '../../contract/index.ts';

export const keyOf = (id: string) => splitNodeId(id).key;

/**
 * Neo4j's internal element ids of the given nodes, by API id, looked up by label and key with
 * `read`; answers 404 naming `field` and the ids that do not exist.
 */
export async function resolveNodeIds(read: Reader, ids: readonly string[], field: string): Promise<Map<string, string>> {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const id of new Set(ids)) {
    const { label, key } = splitNodeId(id);
    byLabel.set(label, [...(byLabel.get(label) ?? []), key]);
  }
  const found = new Map<string, string>();
  for (const [label, keys] of byLabel) {
    const rows = await read.rows<{ key: string; eid: string }>({ name: 'node-by-key', slots: { LABEL: label } }, { keys });
    for (const r of rows) found.set(`${label}:${r.key}`, r.eid);
  }
  const missing = [...new Set(ids)].filter((id) => !found.has(id));
  if (missing.length) throw noSuchNode(field, missing);
  return found;
}
