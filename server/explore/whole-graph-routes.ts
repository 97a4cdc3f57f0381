import { Router } from 'express';
import { analyticsRunSchema, analyticsStatusSchema, noQuery } from '../../contract/index.ts';
import { requireToken } from '../http/auth.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import type { WholeGraphAnalytics } from './whole-graph-analytics.ts';

export function wholeGraphRoutes(analytics: WholeGraphAnalytics, token: string | undefined): Router {
  const router = Router();
  registerEndpoint({
    method: 'post',
    path: '/api/analytics/run',
    summary: 'Starts the whole-graph analytics job (every actor’s degree, weighted degree, PageRank, Louvain community, k-core, betweenness, closeness, eigenvector, clustering and helix brokerage, written back as actor properties); joins the run under way',
    tags: ['analytics'],
    query: noQuery,
    response: analyticsRunSchema,
    status: [202],
    auth: true,
  });
  router.post('/analytics/run', requireToken(token), async (req, res) => {
    parseInput(noQuery, req.query, 'query');
    const started = analytics.start();
    res.status(202).json({ started, status: await analytics.status() });
  });

  registerEndpoint({
    method: 'get',
    path: '/api/analytics/status',
    summary: 'Progress of the whole-graph analytics job, the summary of the stored metrics (communities, modularity, how betweenness was estimated, brokerage totals) and whether the data changed since',
    tags: ['analytics'],
    query: noQuery,
    response: analyticsStatusSchema,
  });
  router.get('/analytics/status', async (req, res) => {
    parseInput(noQuery, req.query, 'query');
    res.json(await analytics.status());
  });
  return router;
}
