import type { CompareRequest } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { AnalysisPool } from './analysis-pool.ts';
import { sectorShares } from './cross-sector.ts';
import { jsonOf } from './metrics.ts';
import { scopeGraph } from './scope.ts';

/**
 * One scope in periods a and b side by side, as JSON text: the two scope graphs (as the
 * triple-helix view reads them, each in its period) and the sector pairs the scope's actors share,
 * compared in the analysis pool (compare-of.ts).
 */
export async function compare(db: GraphDb, pool: AnalysisPool, req: CompareRequest, limit: number, cancel?: AbortSignal): Promise<string> {
  const side = async (period: CompareRequest['a']) => {
    const input = { period, undated: req.undated };
    const graph = await scopeGraph(db, req.scope, req.id, limit, input);
    const actors = req.scope === 'all' ? undefined : new Set(graph.nodes.map((n) => n.data.id));
    return { graph, sectors: await sectorShares(db, input, actors) };
  };
  const a = await side(req.a);
  const b = await side(req.b);
  return jsonOf(await pool.run({ kind: 'compare', input: { a: a.graph, b: b.graph, sectors: { a: a.sectors, b: b.sectors } } }, cancel));
}
