import type { GraphDb } from '../db/graph-db.ts';
import type { AnalysisPool } from './analysis-pool.ts';
import { jsonOf } from './metrics.ts';
import type { PeriodInput } from './period.ts';
import { scopeGraph, type Scope } from './scope.ts';

/** Actors of a scope and their collaboration links, with the triple-helix figures, as JSON text. */
export async function tripleHelix(db: GraphDb, pool: AnalysisPool, scope: Scope, id: string | undefined, limit: number, cancel?: AbortSignal, period: PeriodInput = {}): Promise<string> {
  const graph = await scopeGraph(db, scope, id, limit, period);
  return jsonOf(await pool.run({ kind: 'triple-helix', graph }, cancel));
}
