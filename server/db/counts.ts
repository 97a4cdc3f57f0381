import type { GraphCounts } from '../../contract/index.ts';
import { NODE_LABELS, REL_TYPES } from '../graph/model.ts';
import type { GraphDb } from './graph-db.ts';
import { templateQuery } from './queries.ts';

export type { GraphCounts } from '../../contract/index.ts';

/**
 * Nodes per label and relationships per type of the schema, from Neo4j's count store, in one
 * query: one round trip instead of one per label and type keeps health fast under load.
 */
export async function graphCounts(db: GraphDb): Promise<GraphCounts> {
  const parts = [...NODE_LABELS.map((label) => templateQuery('count-label', { LABEL: label })), ...REL_TYPES.map((type) => templateQuery('count-type', { TYPE: type }))];
  const rows = await db.read<{ kind: 'node' | 'relationship'; name: string; count: number }>(parts.map(withoutComments).join('\nUNION ALL\n'));
  const counts: GraphCounts = { nodes: {}, relationships: {} };
  for (const { kind, name, count } of rows) (kind === 'node' ? counts.nodes : counts.relationships)[name] = count;
  return counts;
}

const withoutComments = (cypher: string) =>
  cypher
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');

export function totalNodes(counts: GraphCounts): number {
  return Object.values(counts.nodes).reduce((a, b) => a + b, 0);
}
