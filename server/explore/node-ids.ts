import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { templateQuery } from '../db/queries.ts';
import { NODE_LABELS, type NodeLabel } from '../graph/model.ts';
import { HttpProblem } from '../http/problem.ts';

// Nodes are named in the API by their element id "Label:key" (see server/graph/elements.ts).

const pattern = new RegExp(`^(${NODE_LABELS.join('|')}):[^\\s:][^\\s]{0,199}$`);

export const nodeIdSchema = z.string().max(240).regex(pattern, 'must be a node id such as Actor:imec (a label of the schema, a colon and the node key)');

/** A node id of one label only, e.g. Sector:sector-chemistry. */
export const nodeIdOf = (label: NodeLabel) =>
  z.string().max(240).regex(new RegExp(`^${label}:[^\\s:][^\\s]{0,199}$`), `must be a ${label} id such as ${label}:some-key`);

export function splitNodeId(id: string): { label: NodeLabel; key: string } {
  const at = id.indexOf(':');
  return { label: id.slice(0, at) as NodeLabel, key: id.slice(at + 1) };
}

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
  if (missing.length) {
    throw new HttpProblem(404, 'Node not found', `${field}: no node ${missing.join(', ')}`, { errors: missing.map(() => ({ field, message: 'no such node' })) });
  }
  return found;
}
