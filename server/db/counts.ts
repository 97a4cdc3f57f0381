import type { GraphCounts } from '../../contract/index.ts';
import { NODE_LABELS, REL_TYPES } from '../graph/model.ts';
import type { GraphDb } from './graph-db.ts';
import { templateQuery } from './queries.ts';

export type { GraphCounts } from '../../contract/index.ts';

/** Nodes per label and relationships per type of the schema, from Neo4j's count store. */
export function graphCounts(db: GraphDb): Promise<GraphCounts> {
  return db.readAll(async (tx) => {
    const counts: GraphCounts = { nodes: {}, relationships: {} };
    for (const label of NODE_LABELS) {
      const r = await tx.run(templateQuery('count-label', { LABEL: label }));
      counts.nodes[label] = r.records[0]?.get('count') as number;
    }
    for (const type of REL_TYPES) {
      const r = await tx.run(templateQuery('count-type', { TYPE: type }));
      counts.relationships[type] = r.records[0]?.get('count') as number;
    }
    return counts;
  });
}

export function totalNodes(counts: GraphCounts): number {
  return Object.values(counts.nodes).reduce((a, b) => a + b, 0);
}
