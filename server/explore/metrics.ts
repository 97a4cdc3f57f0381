import type { GraphDb } from '../db/graph-db.ts';
import type { AnalysisPool } from './analysis-pool.ts';
import type { PeriodInput } from './period.ts';
import { scopeGraph, type Scope } from './scope.ts';

/** Metrics of the collaboration network of a scope (the actors of /api/triple-helix), as JSON text. */
export async function scopeMetrics(db: GraphDb, pool: AnalysisPool, scope: Scope, id: string | undefined, limit: number, cancel?: AbortSignal, period: PeriodInput = {}): Promise<string> {
  const graph = await scopeGraph(db, scope, id, limit, period);
  return jsonOf(await pool.run({ kind: 'scope-metrics', graph }, cancel));
}

/** The JSON text of an answer computed from data of our own, which is never invalid input. */
export function jsonOf(answer: Awaited<ReturnType<AnalysisPool['run']>>): string {
  if ('invalid' in answer) throw new Error(`the analysis refused the server's own graph: ${answer.invalid.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return answer.json;
}
