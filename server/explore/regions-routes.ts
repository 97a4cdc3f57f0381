import { Router } from 'express';
import { regionsFlowsQuery, regionsFlowsSchema, regionsMapQuery, regionsMapSchema } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { regionsFlows, regionsMap } from './regions-map.ts';

export function regionsRoutes(db: GraphDb): Router {
  const router = Router();
  registerEndpoint({
    method: 'get',
    path: '/api/regions/map',
    summary: 'Figures per NUTS 2021 region at a level (0–3): actors, participations, EU contribution, actors per helix, helices present, cross-helix share of ties, and the chosen measure with its definition',
    tags: ['geography'],
    query: regionsMapQuery,
    response: regionsMapSchema,
  });
  router.get('/regions/map', async (req, res) => {
    res.json(await regionsMap(db, parseInput(regionsMapQuery, req.query, 'query')));
  });

  registerEndpoint({
    method: 'get',
    path: '/api/regions/flows',
    summary: 'Collaboration between NUTS regions at a level: region pairs weighted by collaborating actor pairs or by their shared projects, heaviest first',
    tags: ['geography'],
    query: regionsFlowsQuery,
    response: regionsFlowsSchema,
  });
  router.get('/regions/flows', async (req, res) => {
    res.json(await regionsFlows(db, parseInput(regionsFlowsQuery, req.query, 'query')));
  });
  return router;
}
