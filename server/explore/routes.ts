import { Router } from 'express';
import { expandBody, expandedSchema, noQuery, nodeDetailSchema, nodeParams, overviewQuery, overviewSchema, pathsQuery, pathsSchema, schemaInfoSchema } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { searchRoutes } from '../search/routes.ts';
import type { AnalysisPool } from './analysis-pool.ts';
import { analysisRoutes } from './analysis-routes.ts';
import { expand } from './expand.ts';
import { nodeDetail } from './node-detail.ts';
import { overview } from './overview.ts';
import { regionsRoutes } from './regions-routes.ts';
import { specialisationRoutes } from './specialisation-routes.ts';
import { findPaths } from './paths.ts';
import { schemaInfo } from './schema-info.ts';
import { synergyRoutes } from './synergy-routes.ts';
import type { WholeGraphAnalytics } from './whole-graph-analytics.ts';

export function exploreRoutes(db: GraphDb, maxLimit: number, pool: AnalysisPool, wholeGraph: WholeGraphAnalytics): Router {
  const router = Router();
  router.use(searchRoutes(db));
  router.use(analysisRoutes(db, maxLimit, pool, wholeGraph));
  router.use(regionsRoutes(db));
  router.use(synergyRoutes(db));
  router.use(specialisationRoutes(db));

  const overviewInput = overviewQuery(maxLimit);
  registerEndpoint({ method: 'get', path: '/api/overview', summary: 'The domain graph for a first look, in Cytoscape element shape', tags: ['explore'], query: overviewInput, response: overviewSchema });
  router.get('/overview', async (req, res) => {
    const { limit, ...period } = parseInput(overviewInput, req.query, 'query');
    res.json(await overview(db, limit, period));
  });

  registerEndpoint({ method: 'get', path: '/api/nodes/{id}', summary: 'A node: its properties, neighbours counted by label and link type, and provenance (documents, sections, quotes)', tags: ['explore'], params: nodeParams, response: nodeDetailSchema });
  router.get('/nodes/:id', async (req, res) => {
    const { id } = parseInput(nodeParams, req.params, 'id');
    res.json(await nodeDetail(db, id));
  });

  const expandInput = expandBody(maxLimit);
  registerEndpoint({
    method: 'post',
    path: '/api/expand',
    summary: 'The neighbourhood of nodes (1–3 hops), filtered, keeping the most relevant neighbours within the node limit and saying what was cut (a read: no token)',
    tags: ['explore'],
    body: expandInput,
    response: expandedSchema,
  });
  router.post('/expand', async (req, res) => {
    res.json(await expand(db, parseInput(expandInput, req.body, 'body')));
  });

  registerEndpoint({ method: 'get', path: '/api/paths', summary: 'Shortest and k-shortest simple paths between two nodes, each with its nodes and links in order', tags: ['explore'], query: pathsQuery, response: pathsSchema });
  router.get('/paths', async (req, res) => {
    const input = parseInput(pathsQuery, req.query, 'query');
    res.json(await findPaths(db, input, maxLimit));
  });

  registerEndpoint({ method: 'get', path: '/api/schema', summary: 'Labels, relationship types and property keys, with counts', tags: ['meta'], query: noQuery, response: schemaInfoSchema });
  router.get('/schema', async (req, res) => {
    parseInput(noQuery, req.query, 'query');
    res.json(await schemaInfo(db));
  });
  return router;
}
