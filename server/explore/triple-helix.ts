import type { GraphDb } from '../db/graph-db.ts';
import type { AnalysisPool } from './analysis-pool.ts';
import { MAX_LINK_ENDS, storedScopeOf, wholeScopeOf } from './large-scope.ts';
import { jsonOf } from './metrics.ts';
import type { PeriodInput } from './period.ts';
import { scopeGraphUnlessLarge, type Scope } from './scope.ts';
import type { WholeGraphAnalytics } from './whole-graph-analytics.ts';

/**
 * Actors of a scope and their collaboration links, with the triple-helix figures, as JSON text. A
 * scope too large to read whole is drawn cut, with the figures of the whole scope (large-scope.ts):
 * a large policy's, sector's or region's as the fresh whole-graph run stored them, without reading its size first.
 */
export async function tripleHelix(db: GraphDb, pool: AnalysisPool, scope: Scope, id: string | undefined, limit: number, cancel?: AbortSignal, period: PeriodInput = {}, stored?: WholeGraphAnalytics): Promise<string> {
  const known = await storedScopeOf(scope, id, limit, period, stored);
  const graph = known ? { large: true as const, total: known.scope.total } : await scopeGraphUnlessLarge(db, scope, id, limit, period, MAX_LINK_ENDS);
  if (!('large' in graph)) return jsonOf(await pool.run({ kind: 'triple-helix', graph }, cancel));
  const large = await wholeScopeOf(db, scope, id, limit, period, stored, 'helix', graph.total, known);
  return jsonOf(await pool.run({ kind: 'triple-helix', graph: large.graph, whole: large.whole }, cancel));
}
