import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graph-db.ts';
import { ACTOR_KINDS, HELICES, NODE_LABELS, REL_TYPES } from '../graph/model.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { searchRoutes } from '../search/routes.ts';
import { analysisRoutes } from './analysis-routes.ts';
import { expand } from './expand.ts';
import { csvList, queryInt } from './inputs.ts';
import { nodeDetail } from './node-detail.ts';
import { nodeIdOf, nodeIdSchema } from './node-ids.ts';
import { overview } from './overview.ts';
import { findPaths } from './paths.ts';
import { schemaInfo } from './schema-info.ts';
import { MAX_HOPS, MAX_PATHS } from '../analytics/index.ts';

export function exploreRoutes(db: GraphDb, maxLimit: number): Router {
  const router = Router();
  router.use(searchRoutes(db));
  router.use(analysisRoutes(db, maxLimit));

  const overviewInput = z.strictObject({ limit: z.coerce.number().int().min(1).max(maxLimit).default(Math.min(2000, maxLimit)) });
  registerEndpoint({ method: 'get', path: '/api/overview', summary: 'The domain graph for a first look, in Cytoscape element shape', tags: ['explore'], query: overviewInput });
  router.get('/overview', async (req, res) => {
    const { limit } = parseInput(overviewInput, req.query, 'query');
    res.json(await overview(db, limit));
  });

  const nodeParams = z.strictObject({ id: nodeIdSchema });
  registerEndpoint({ method: 'get', path: '/api/nodes/{id}', summary: 'A node: its properties, neighbours counted by label and link type, and provenance (documents, sections, quotes)', tags: ['explore'], params: nodeParams });
  router.get('/nodes/:id', async (req, res) => {
    const { id } = parseInput(nodeParams, req.params, 'id');
    res.json(await nodeDetail(db, id));
  });

  const idList = (label: 'Sector' | 'Technology' | 'Region') => z.array(nodeIdOf(label)).max(50).optional();
  const expandInput = z.strictObject({
    ids: z.array(nodeIdSchema).min(1).max(50),
    hops: z.number().int().min(1).max(3).default(1),
    labels: z.array(z.enum(NODE_LABELS)).max(NODE_LABELS.length).optional(),
    helix: z.array(z.enum(HELICES)).max(HELICES.length).optional(),
    kinds: z.array(z.enum(ACTOR_KINDS)).max(ACTOR_KINDS.length).optional(),
    sectors: idList('Sector'),
    technologies: idList('Technology'),
    regions: idList('Region'),
    relTypes: z.array(z.enum(REL_TYPES as [string, ...string[]])).max(REL_TYPES.length).optional(),
    minWeight: z.number().finite().min(0).max(1e9).optional(),
    limit: z.number().int().min(1).max(maxLimit).default(Math.min(200, maxLimit)),
  });
  registerEndpoint({
    method: 'post',
    path: '/api/expand',
    summary: 'The neighbourhood of nodes (1–3 hops), filtered, keeping the most relevant neighbours within the node limit and saying what was cut (a read: no token)',
    tags: ['explore'],
    body: expandInput,
  });
  router.post('/expand', async (req, res) => {
    res.json(await expand(db, parseInput(expandInput, req.body, 'body')));
  });

  const pathsInput = z.strictObject({
    from: nodeIdSchema,
    to: nodeIdSchema,
    k: queryInt(1, MAX_PATHS).default(3),
    maxHops: queryInt(1, MAX_HOPS).default(MAX_HOPS),
    only: z.enum(['collaboration']).optional(),
    avoidHelix: csvList(z.enum(HELICES), HELICES.length).optional(),
  });
  registerEndpoint({ method: 'get', path: '/api/paths', summary: 'Shortest and k-shortest simple paths between two nodes, each with its nodes and links in order', tags: ['explore'], query: pathsInput });
  router.get('/paths', async (req, res) => {
    const input = parseInput(pathsInput, req.query, 'query');
    res.json(await findPaths(db, input, maxLimit));
  });

  registerEndpoint({ method: 'get', path: '/api/schema', summary: 'Labels, relationship types and property keys, with counts', tags: ['meta'] });
  router.get('/schema', async (req, res) => {
    parseInput(z.strictObject({}), req.query, 'query');
    res.json(await schemaInfo(db));
  });
  return router;
}
