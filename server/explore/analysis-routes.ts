import { Router } from 'express';
import {
  METRICS_MAX_EDGES,
  METRICS_MAX_NODES,
  alignmentQuery,
  alignmentSchema,
  crossSectorQuery,
  crossSectorSchema,
  metricsBody,
  metricsSchema,
  scopeMetricsSchema,
  scopeQuery,
  sectorParams,
  sectorProfileSchema,
  sharedMembersSchema,
  sharedQuery,
  tripleHelixSchema,
} from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { crossSector, sharedMembers } from './cross-sector.ts';
import { metricsOf, scopeMetrics } from './metrics.ts';
import { alignment, sectorProfile } from './sector-profile.ts';
import { tripleHelix } from './triple-helix.ts';

/** A graph of METRICS_MAX_NODES as the client posts it (ids, labels, types, helices, weights) is 3–4 MB; the API's usual 1 MB body limit refused it. */
export const METRICS_MAX_BODY = '16mb';

export function analysisRoutes(db: GraphDb, maxLimit: number): Router {
  const router = Router();

  registerEndpoint({
    method: 'get',
    path: '/api/triple-helix',
    summary: 'Actors of a scope and their collaboration links, with the helix matrix, cross-helix share, E-I index, missing and thin helices and Gould–Fernandez brokerage roles',
    tags: ['analytics'],
    query: scopeQuery,
    response: tripleHelixSchema,
  });
  router.get('/triple-helix', async (req, res) => {
    const { scope, id } = parseInput(scopeQuery, req.query, 'query');
    res.json(await tripleHelix(db, scope, id, maxLimit));
  });

  registerEndpoint({ method: 'get', path: '/api/cross-sector', summary: 'Sectors linked by shared actors and projects (weight = how many), and technologies enabling two or more of them', tags: ['analytics'], query: crossSectorQuery, response: crossSectorSchema });
  router.get('/cross-sector', async (req, res) => {
    const { level } = parseInput(crossSectorQuery, req.query, 'query');
    res.json(await crossSector(db, level));
  });

  registerEndpoint({ method: 'get', path: '/api/cross-sector/shared', summary: 'The actors and projects two sectors share', tags: ['analytics'], query: sharedQuery, response: sharedMembersSchema });
  router.get('/cross-sector/shared', async (req, res) => {
    const { a, b, level } = parseInput(sharedQuery, req.query, 'query');
    res.json(await sharedMembers(db, a, b, level));
  });

  const metricsSummary = `Degree, weighted degree, betweenness, closeness, PageRank, eigenvector, clustering and Louvain communities; exact up to a size, beyond it sampled and marked approximate`;
  registerEndpoint({ method: 'post', path: '/api/metrics', summary: `${metricsSummary} (of a graph result of at most ${METRICS_MAX_NODES} nodes and ${METRICS_MAX_EDGES} edges)`, tags: ['analytics'], body: metricsBody, response: metricsSchema });
  router.post('/metrics', (req, res) => {
    const { elements } = parseInput(metricsBody, req.body, 'body');
    res.json(metricsOf(elements));
  });
  registerEndpoint({ method: 'get', path: '/api/metrics', summary: `${metricsSummary} (of the collaboration network of a scope, as /api/triple-helix)`, tags: ['analytics'], query: scopeQuery, response: scopeMetricsSchema });
  router.get('/metrics', async (req, res) => {
    const { scope, id } = parseInput(scopeQuery, req.query, 'query');
    res.json(await scopeMetrics(db, scope, id, maxLimit));
  });

  registerEndpoint({ method: 'get', path: '/api/sectors/{id}/profile', summary: 'Key figures, sub-sectors, actors by helix, enabling technologies and prioritising policies of a sector', tags: ['analytics'], params: sectorParams, response: sectorProfileSchema });
  router.get('/sectors/:id/profile', async (req, res) => {
    const { id } = parseInput(sectorParams, req.params, 'id');
    res.json(await sectorProfile(db, id));
  });

  registerEndpoint({ method: 'get', path: '/api/alignment', summary: 'Policy alignment matrix: policies (or the regions they cover) × the sectors they prioritise', tags: ['analytics'], query: alignmentQuery, response: alignmentSchema });
  router.get('/alignment', async (req, res) => {
    const { rows } = parseInput(alignmentQuery, req.query, 'query');
    res.json(await alignment(db, rows));
  });
  return router;
}
