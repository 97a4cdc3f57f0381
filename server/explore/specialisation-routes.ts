import { Router } from 'express';
import { shiftShareQuery, shiftShareSchema, specialisationQuery, specialisationSchema } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { shiftShareOf, specialisationOf } from './specialisation.ts';

export function specialisationRoutes(db: GraphDb): Router {
  const router = Router();
  registerEndpoint({
    method: 'get',
    path: '/api/specialisation',
    summary: 'Location quotients LQ = (x_ir / x_r) / (x_i / x) of a region against a reference (the whole data, its country, benchmark regions), for participations or EU contribution by programme part or topic, actors by sector, or observation values by sector',
    tags: ['geography'],
    query: specialisationQuery,
    response: specialisationSchema,
  });
  router.get('/specialisation', async (req, res) => {
    res.json(await specialisationOf(db, parseInput(specialisationQuery, req.query, 'query')));
  });

  registerEndpoint({
    method: 'get',
    path: '/api/shift-share',
    summary: "Shift-share (Dunn 1960) of a region's change from period a to period b against a reference: national share, category mix, regional shift (and its Esteban-Marquillas split)",
    tags: ['geography'],
    query: shiftShareQuery,
    response: shiftShareSchema,
  });
  router.get('/shift-share', async (req, res) => {
    res.json(await shiftShareOf(db, parseInput(shiftShareQuery, req.query, 'query')));
  });
  return router;
}
