import type { NodeLabel, SearchResult } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int, type GraphNode } from '../db/rows.ts';
import { elementId } from '../graph/elements.ts';
import { luceneQuery } from './lucene.ts';
import { rankHits } from './rank.ts';

/** Candidates read per result asked for: enough for an exact or well-connected match to surface. */
const CANDIDATES_PER_RESULT = 5;
const MAX_CANDIDATES = 250;

/** Nodes whose name, English name, alias or acronym matches `q`, best first. */
export async function search(db: GraphDb, q: string, types: readonly string[], limit: number): Promise<SearchResult> {
  const lucene = luceneQuery(q);
  if (lucene === null) return { results: [], summary: { q, count: 0 } };
  const candidates = Math.min(MAX_CANDIDATES, Math.max(limit, limit * CANDIDATES_PER_RESULT));
  const rows = await db.rows<{ node: GraphNode; score: number; links: number }>('search-names', { lucene, types: [...types], candidates: int(candidates) });
  const hits = rows.map((row) => ({ ...row, links: Number(row.links), names: namesOf(row.node) }));
  const results = rankHits(q, hits).slice(0, limit).map(({ node, score }) => {
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

function namesOf(node: GraphNode): string[] {
  const p = node.properties;
  const aliases = Array.isArray(p.aliases) ? p.aliases : [p.aliases];
  return [p.name, p.nameEn, p.acronym, ...aliases].filter((n): n is string => typeof n === 'string');
}
