import type { NodeLabel, SearchResult } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int, type GraphNode } from '../db/rows.ts';
import { elementId } from '../graph/elements.ts';
import { luceneQuery } from './lucene.ts';

/** Nodes whose name, English name, alias or acronym matches `q`, best first. */
export async function search(db: GraphDb, q: string, types: readonly string[], limit: number): Promise<SearchResult> {
  const lucene = luceneQuery(q);
  if (lucene === null) return { results: [], summary: { q, count: 0 } };
  const rows = await db.rows<{ node: GraphNode; score: number }>('search-names', { lucene, types: [...types], limit: int(limit) });
  const results = rows.map(({ node, score }) => {
    const p = node.properties;
    const type = node.labels[0] as NodeLabel;
    const key = String(p.id);
    return {
      id: elementId(type, key),
      key,
      label: String(p.name ?? key),
      ...(typeof p.nameEn === 'string' ? { nameEn: p.nameEn } : {}),
      type,
      ...(typeof p.helix === 'string' ? { helix: p.helix } : {}),
      ...(typeof p.kind === 'string' ? { kind: p.kind } : {}),
      score,
    };
  });
  return { results, summary: { q, count: results.length } };
}
