import { Router } from 'express';
import type { GraphDb } from '../db/graph-db.ts';
import { health } from './health.ts';

export function healthRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const body = await health(db);
    res.status(body.status === 'ok' ? 200 : 503).json(body);
  });
  return router;
}
