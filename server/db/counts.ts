import type { GraphCounts } from '../../contract/index.ts';
import { NODE_LABELS, REL_TYPES } from '../graph/model.ts';
import type { GraphDb } from './graph-db.ts';
import { templateQuery, withoutComments } from './queries.ts';

export type { GraphCounts } from '../../contract/index.ts';

/**
 * Nodes per label and relationships per type of the schema, from Neo4j's count store, in one
 * query: one round trip instead of one per label and type keeps health fast under load.
 */
export async function graphCounts(db: GraphDb): Promise<GraphCounts> {
  const rows = await db.read<{ kind: 'node' | 'relationship'; name: string; count: number }>(countsQuery());
  const counts: GraphCounts = { nodes: {}, relationships: {} };
  for (const { kind, name, count } of rows) (kind === 'node' ? counts.nodes : counts.relationships)[name] = count;
  return counts;
}

/** The one query of every label's and type's count, built once: health asks for it often. */
let countsCypher: string | undefined;
const countsQuery = (): string =>
  (countsCypher ??= [...NODE_LABELS.map((label) => templateQuery('count-label', { LABEL: label })), ...REL_TYPES.map((type) => templateQuery('count-type', { TYPE: type }))]
    .map(withoutComments)
    .join('\nUNION ALL\n'));

export function totalNodes(counts: GraphCounts): number {
  return Object.values(counts.nodes).reduce((a, b) => a + b, 0);
}
