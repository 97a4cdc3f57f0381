import express, { Router, type RequestHandler, type Response } from 'express';
import {
  activityYearsSchema,
  helixYearsSchema,
  noQuery,
  METRICS_MAX_EDGES,
  METRICS_MAX_NODES,
  alignmentQuery,
  alignmentSchema,
  compareQuery,
  compareSchema,
  crossSectorQuery,
  crossSectorSchema,
  metricsBody,
  metricsSchema,
  scopeMetricsSchema,
  scopeQuery,
  sectorParams,
  sectorProfileQuery,
  sectorProfileSchema,
  sharedMembersSchema,
  sharedQuery,
  tripleHelixSchema,
} from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { invalidInput, parseInput } from '../http/problem.ts';
import { Abandoned, type AnalysisPool } from './analysis-pool.ts';
import { activityYears } from './activity.ts';
import { compare } from './compare.ts';
import { crossSector, sharedMembers } from './cross-sector.ts';
import { helixYears } from './helix-years.ts';
import { jsonOf, scopeMetrics } from './metrics.ts';
import { alignment, sectorProfile } from './sector-profile.ts';
import { tripleHelix } from './triple-helix.ts';
import type { WholeGraphAnalytics } from './whole-graph-analytics.ts';

/** A graph of METRICS_MAX_NODES as the client posts it (ids, labels, types, helices, weights) is 3–4 MB; the API's usual 1 MB body limit refused it. */
export const METRICS_MAX_BODY = '16mb';

/**
 * The body of /api/metrics as text: the worker that computes the metrics parses and checks it, off
 * the event loop. A full queue is refused before the body is read.
 */
export function metricsBodyParser(pool: AnalysisPool): RequestHandler[] {
  const admit: RequestHandler = (_req, _res, next) => {
    try {
      pool.admit();
    } catch (err) {
      return next(err);
    }
    next();
  };
  return [admit, express.text({ type: 'application/json', limit: METRICS_MAX_BODY })];
}

/**
 * Sends the JSON text a worker made, as it is. `work` gets a signal that fires when the client goes
 * away first (the scene it asked for has changed): its job is stopped and nothing is sent.
 */
async function sendAnalysis(res: Response, work: (cancel: AbortSignal) => Promise<string>): Promise<void> {
  const gone = new AbortController();
  const onClose = () => {
    if (!res.writableEnded) gone.abort();
  };
  res.on('close', onClose);
  try {
    res.type('application/json').send(await work(gone.signal));
  } catch (err) {
    if (!(err instanceof Abandoned)) throw err;
  } finally {
    res.off('close', onClose);
  }
}

export function analysisRoutes(db: GraphDb, maxLimit: number, pool: AnalysisPool, wholeGraph: WholeGraphAnalytics): Router {
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
    const { scope, id, ...period } = parseInput(scopeQuery, req.query, 'query');
    await sendAnalysis(res, (cancel) => tripleHelix(db, pool, scope, id, maxLimit, cancel, period, wholeGraph));
  });

  registerEndpoint({
    method: 'get',
    path: '/api/triple-helix/years',
    summary: 'The helix matrix, cross-helix share, E-I index, ties and actors of a scope in each year of a period (the years the data is active in when left out), each year read as /api/triple-helix reads it (every actor and tie, uncut), counted by one grouped query',
    tags: ['analytics'],
    query: scopeQuery,
    response: helixYearsSchema,
  });
  router.get('/triple-helix/years', async (req, res) => {
    const { scope, id, ...period } = parseInput(scopeQuery, req.query, 'query');
    const gone = new AbortController();
    res.on('close', () => gone.abort());
    res.json(await helixYears(db, scope, id, period, gone.signal));
  });

  registerEndpoint({ method: 'get', path: '/api/activity/years', summary: 'Projects running and participations active in each year, and the records without years (the period control’s histogram)', tags: ['analytics'], query: noQuery, response: activityYearsSchema });
  router.get('/activity/years', async (req, res) => {
    parseInput(noQuery, req.query, 'query');
    res.json(await activityYears(db));
  });

  registerEndpoint({
    method: 'get',
    path: '/api/compare',
    summary: 'One scope in two periods (a, b): helix matrices and their difference, cross-helix share and E-I in each, ties gained, lost and strengthened, actors rising and falling in degree, betweenness and brokerage, sectors whose shared links grew or shrank',
    tags: ['analytics'],
    query: compareQuery,
    response: compareSchema,
  });
  router.get('/compare', async (req, res) => {
    const input = parseInput(compareQuery, req.query, 'query');
    await sendAnalysis(res, (cancel) => compare(db, pool, input, maxLimit, cancel));
  });

  registerEndpoint({ method: 'get', path: '/api/cross-sector', summary: 'Sectors linked by shared actors and projects (weight = how many), and technologies enabling two or more of them', tags: ['analytics'], query: crossSectorQuery, response: crossSectorSchema });
  router.get('/cross-sector', async (req, res) => {
    const { level, ...period } = parseInput(crossSectorQuery, req.query, 'query');
    res.json(await crossSector(db, level, period));
  });

  registerEndpoint({ method: 'get', path: '/api/cross-sector/shared', summary: 'The actors and projects two sectors share', tags: ['analytics'], query: sharedQuery, response: sharedMembersSchema });
  router.get('/cross-sector/shared', async (req, res) => {
    const { a, b, level, ...period } = parseInput(sharedQuery, req.query, 'query');
    res.json(await sharedMembers(db, a, b, level, period));
  });

  const metricsSummary = `Degree, weighted degree, betweenness, closeness, PageRank, eigenvector, clustering and Louvain communities; exact up to a size, beyond it sampled and marked approximate`;
  registerEndpoint({ method: 'post', path: '/api/metrics', summary: `${metricsSummary} (of a graph result of at most ${METRICS_MAX_NODES} nodes and ${METRICS_MAX_EDGES} edges)`, tags: ['analytics'], body: metricsBody, response: metricsSchema });
  router.post('/metrics', async (req, res) => {
    const body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body ?? null);
    await sendAnalysis(res, async (cancel) => {
      const answer = await pool.run({ kind: 'posted-metrics', body }, cancel);
      if ('invalid' in answer) throw invalidInput(answer.invalid);
      return jsonOf(answer);
    });
  });
  registerEndpoint({ method: 'get', path: '/api/metrics', summary: `${metricsSummary} (of the collaboration network of a scope, as /api/triple-helix)`, tags: ['analytics'], query: scopeQuery, response: scopeMetricsSchema });
  router.get('/metrics', async (req, res) => {
    const { scope, id, ...period } = parseInput(scopeQuery, req.query, 'query');
    await sendAnalysis(res, (cancel) => scopeMetrics(db, pool, scope, id, maxLimit, cancel, period, wholeGraph));
  });

  registerEndpoint({ method: 'get', path: '/api/sectors/{id}/profile', summary: 'Key figures, sub-sectors, actors by helix, enabling technologies and prioritising policies of a sector', tags: ['analytics'], params: sectorParams, query: sectorProfileQuery, response: sectorProfileSchema });
  router.get('/sectors/:id/profile', async (req, res) => {
    const { id } = parseInput(sectorParams, req.params, 'id');
    res.json(await sectorProfile(db, id, parseInput(sectorProfileQuery, req.query, 'query')));
  });

  registerEndpoint({ method: 'get', path: '/api/alignment', summary: 'Policy alignment matrix: policies (or the regions they cover) × the sectors they prioritise', tags: ['analytics'], query: alignmentQuery, response: alignmentSchema });
  router.get('/alignment', async (req, res) => {
    const { rows } = parseInput(alignmentQuery, req.query, 'query');
    res.json(await alignment(db, rows));
  });
  return router;
}
