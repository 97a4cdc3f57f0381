import { Router } from 'express';
import { synergyQuery, synergySchema } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { synergy } from './synergy.ts';

export function synergyRoutes(db: GraphDb): Router {
  const router = Router();
  registerEndpoint({
    method: 'get',
    path: '/api/synergy',
    summary:
      'Triple-helix synergy T(UIG) of a scope and period (Leydesdorff’s mutual information in three dimensions, bits and millibits; negative = synergy) over its projects (or ties), with the eight-cell table, pairwise mutual information, the records counted and, for a region, the contribution ΔT of each sub-region; or T over three actor attributes (unit=actor)',
    tags: ['analytics'],
    query: synergyQuery,
    response: synergySchema,
  });
  router.get('/synergy', async (req, res) => {
    res.json(await synergy(db, parseInput(synergyQuery, req.query, 'query')));
  });
  return router;
}
