import type { GraphDb } from '../db/graph-db.ts';
import type { AnalysisPool } from './analysis-pool.ts';
import { MAX_LINK_ENDS, storedScopeOf, wholeScopeOf } from './large-scope.ts';
import type { PeriodInput } from './period.ts';
import { scopeGraphUnlessLarge, type Scope } from './scope.ts';
import type { WholeGraphAnalytics } from './whole-graph-analytics.ts';

/**
 * Metrics of the collaboration network of a scope (the actors of /api/triple-helix), as JSON text;
 * of a scope too large to read whole, its drawn cut with the stored whole-graph metrics where they apply.
 */
export async function scopeMetrics(db: GraphDb, pool: AnalysisPool, scope: Scope, id: string | undefined, limit: number, cancel?: AbortSignal, period: PeriodInput = {}, stored?: WholeGraphAnalytics): Promise<string> {
  const known = await storedScopeOf(scope, id, limit, period, stored);
  const graph = known ? { large: true as const, total: known.scope.total } : await scopeGraphUnlessLarge(db, scope, id, limit, period, MAX_LINK_ENDS);
  if (!('large' in graph)) return jsonOf(await pool.run({ kind: 'scope-metrics', graph }, cancel));
  const large = await wholeScopeOf(db, scope, id, limit, period, stored, 'metrics', graph.total, known);
  return jsonOf(await pool.run({ kind: 'scope-metrics', graph: large.graph, whole: large.whole }, cancel));
}

/** The JSON text of an answer computed from data of our own, which is never invalid input. */
export function jsonOf(answer: Awaited<ReturnType<AnalysisPool['run']>>): string {
  if ('invalid' in answer) throw new Error(`the analysis refused the server's own graph: ${answer.invalid.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  if (!('json' in answer)) throw new Error('the analysis answered metrics where JSON text was expected');
  return answer.json;
}
