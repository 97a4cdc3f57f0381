import { Router } from 'express';
import { searchQuery, searchSchema } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { search } from './search.ts';

export function searchRoutes(db: GraphDb): Router {
  const router = Router();
  registerEndpoint({
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over names, English names, aliases and acronyms; accent- and case-insensitive, tolerant of typos, ranked',
    tags: ['explore'],
    query: searchQuery,
    response: searchSchema,
  });
  router.get('/search', async (req, res) => {
    const { q, types, limit } = parseInput(searchQuery, req.query, 'query');
    res.json(await search(db, q, types ?? [], limit));
  });
  return router;
}
