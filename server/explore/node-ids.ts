import type { ManagedTransaction } from 'neo4j-driver';
import { templateQuery } from '../db/queries.ts';
import { splitNodeId } from '../../contract/index.ts';
import type { NodeLabel } from '../graph/model.ts';
import { noSuchNode } from '../domain-errors.ts';

export { nodeIdOf, nodeIdSchema, splitNodeId } from '../../contract/index.ts';

export const keyOf = (id: string) => splitNodeId(id).key;

/**
 * Neo4j's internal element ids of the given nodes, by API id, looked up by label and key in
 * `tx`; answers 404 naming `field` and the ids that do not exist.
 */
export async function resolveNodeIds(tx: ManagedTransaction, ids: readonly string[], field: string): Promise<Map<string, string>> {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const id of new Set(ids)) {
    const { label, key } = splitNodeId(id);
    byLabel.set(label, [...(byLabel.get(label) ?? []), key]);
  }
  const found = new Map<string, string>();
  for (const [label, keys] of byLabel) {
    const result = await tx.run(templateQuery('node-by-key', { LABEL: label }), { keys });
    for (const r of result.records) found.set(`${label}:${r.get('key') as string}`, r.get('eid') as string);
  }
  const missing = [...new Set(ids)].filter((id) => !found.has(id));
  if (missing.length) throw noSuchNode(field, missing);
  return found;
}
