import { Router } from 'express';
import { z } from 'zod';
import { edgeDataSchema, nodeDataSchema } from '../analytics/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { crossSector, sharedMembers } from './cross-sector.ts';
import { metricsOf, scopeMetrics } from './metrics.ts';
import { nodeIdOf, nodeIdSchema, splitNodeId } from './node-ids.ts';
import { SCOPE_LABEL, SCOPES } from './scope.ts';
import { alignment, sectorProfile } from './sector-profile.ts';
import { tripleHelix } from './triple-helix.ts';

/** The largest graph POST /api/metrics accepts. */
export const METRICS_MAX_NODES = 5000;
export const METRICS_MAX_EDGES = 20000;
/** A graph of that size as the client posts it (ids, labels, types, helices, weights) is 3–4 MB; the API's usual 1 MB body limit refused it. */
export const METRICS_MAX_BODY = '16mb';

const scopeInput = z
  .strictObject({ scope: z.enum(SCOPES).default('all'), id: nodeIdSchema.optional() })
  .superRefine((v, ctx) => {
    if (v.scope === 'all') {
      if (v.id !== undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: 'must be left out when scope is all' });
      return;
    }
    const label = SCOPE_LABEL[v.scope];
    if (v.id === undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: `is required when scope is ${v.scope} (a ${label} id)` });
    else if (splitNodeId(v.id).label !== label) ctx.addIssue({ code: 'custom', path: ['id'], message: `must be a ${label} id when scope is ${v.scope}` });
  });

export function analysisRoutes(db: GraphDb, maxLimit: number): Router {
  const router = Router();

  registerEndpoint({
    method: 'get',
    path: '/api/triple-helix',
    summary: 'Actors of a scope and their collaboration links, with the helix matrix, cross-helix share, E-I index, missing and thin helices and Gould–Fernandez brokerage roles',
    tags: ['analytics'],
    query: scopeInput,
  });
  router.get('/triple-helix', async (req, res) => {
    const { scope, id } = parseInput(scopeInput, req.query, 'query');
    res.json(await tripleHelix(db, scope, id, maxLimit));
  });

  const levelInput = z.enum(['sector', 'subsector']).default('sector');
  const crossInput = z.strictObject({ level: levelInput });
  registerEndpoint({ method: 'get', path: '/api/cross-sector', summary: 'Sectors linked by shared actors and projects (weight = how many), and technologies enabling two or more of them', tags: ['analytics'], query: crossInput });
  router.get('/cross-sector', async (req, res) => {
    const { level } = parseInput(crossInput, req.query, 'query');
    res.json(await crossSector(db, level));
  });

  const sharedInput = z.strictObject({ a: nodeIdOf('Sector'), b: nodeIdOf('Sector'), level: levelInput });
  registerEndpoint({ method: 'get', path: '/api/cross-sector/shared', summary: 'The actors and projects two sectors share', tags: ['analytics'], query: sharedInput });
  router.get('/cross-sector/shared', async (req, res) => {
    const { a, b, level } = parseInput(sharedInput, req.query, 'query');
    res.json(await sharedMembers(db, a, b, level));
  });

  const metricsBody = z.strictObject({
    elements: z.object({
      nodes: z.array(z.object({ data: nodeDataSchema })).max(METRICS_MAX_NODES),
      edges: z.array(z.object({ data: edgeDataSchema })).max(METRICS_MAX_EDGES),
    }),
  });
  const metricsSummary = `Degree, weighted degree, betweenness, closeness, PageRank, eigenvector, clustering and Louvain communities; exact up to a size, beyond it sampled and marked approximate`;
  registerEndpoint({ method: 'post', path: '/api/metrics', summary: `${metricsSummary} (of a graph result of at most ${METRICS_MAX_NODES} nodes and ${METRICS_MAX_EDGES} edges)`, tags: ['analytics'], body: metricsBody });
  router.post('/metrics', (req, res) => {
    const { elements } = parseInput(metricsBody, req.body, 'body');
    res.json(metricsOf(elements));
  });
  registerEndpoint({ method: 'get', path: '/api/metrics', summary: `${metricsSummary} (of the collaboration network of a scope, as /api/triple-helix)`, tags: ['analytics'], query: scopeInput });
  router.get('/metrics', async (req, res) => {
    const { scope, id } = parseInput(scopeInput, req.query, 'query');
    res.json(await scopeMetrics(db, scope, id, maxLimit));
  });

  const sectorParams = z.strictObject({ id: nodeIdOf('Sector') });
  registerEndpoint({ method: 'get', path: '/api/sectors/{id}/profile', summary: 'Key figures, sub-sectors, actors by helix, enabling technologies and prioritising policies of a sector', tags: ['analytics'], params: sectorParams });
  router.get('/sectors/:id/profile', async (req, res) => {
    const { id } = parseInput(sectorParams, req.params, 'id');
    res.json(await sectorProfile(db, id));
  });

  const alignmentInput = z.strictObject({ rows: z.enum(['policies', 'regions']).default('policies') });
  registerEndpoint({ method: 'get', path: '/api/alignment', summary: 'Policy alignment matrix: policies (or the regions they cover) × the sectors they prioritise', tags: ['analytics'], query: alignmentInput });
  router.get('/alignment', async (req, res) => {
    const { rows } = parseInput(alignmentInput, req.query, 'query');
    res.json(await alignment(db, rows));
  });
  return router;
}
