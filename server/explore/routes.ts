import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graph-db.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { overview } from './overview.ts';

export function exploreRoutes(db: GraphDb, maxLimit: number): Router {
  const router = Router();
  const overviewInput = z.strictObject({ limit: z.coerce.number().int().min(1).max(maxLimit).default(Math.min(2000, maxLimit)) });
  registerEndpoint({ method: 'get', path: '/api/overview', summary: 'The domain graph for a first look, in Cytoscape element shape', tags: ['explore'], query: overviewInput });
  router.get('/overview', async (req, res) => {
    const { limit } = parseInput(overviewInput, req.query, 'query');
    res.json(await overview(db, limit));
  });
  return router;
}
