import { Router } from 'express';
import { healthSchema, openApiSchema } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { openApiDocument, registerEndpoint } from '../http/openapi.ts';
import { health } from './health.ts';

export function healthRoutes(db: GraphDb): Router {
  const router = Router();
  registerEndpoint({ method: 'get', path: '/api/health', summary: 'App version, Neo4j reachability and version, counts per label and type (503 with the same shape while Neo4j cannot be reached)', tags: ['meta'], response: healthSchema });
  registerEndpoint({ method: 'get', path: '/api/openapi.json', summary: 'This document', tags: ['meta'], response: openApiSchema });
  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  router.get('/health', async (req, res) => {
    const requestId = res.getHeader('X-Request-Id');
    const { body, error } = await health(db, typeof requestId === 'string' ? requestId : undefined);
    if (error) req.log.warn({ err: error }, 'health: Neo4j cannot be reached');
    res.status(body.status === 'ok' ? 200 : 503).json(body);
  });
  return router;
}
