import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graph-db.ts';
import { NODE_LABELS } from '../graph/model.ts';
import { csvList, queryInt } from '../explore/inputs.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { search } from './search.ts';

const SEARCHABLE = NODE_LABELS.filter((l) => l !== 'Observation');

export const searchInput = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(200),
  types: csvList(z.enum(SEARCHABLE), SEARCHABLE.length).optional(),
  limit: queryInt(1, 100).default(20),
});

export const searchResponse = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      label: z.string(),
      nameEn: z.string().optional(),
      type: z.string(),
      helix: z.string().optional(),
      kind: z.string().optional(),
      score: z.number(),
    }),
  ),
  summary: z.object({ q: z.string(), count: z.number() }),
});

export function searchRoutes(db: GraphDb): Router {
  const router = Router();
  registerEndpoint({
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over names, English names, aliases and acronyms; accent- and case-insensitive, tolerant of typos, ranked',
    tags: ['explore'],
    query: searchInput,
    response: searchResponse,
  });
  router.get('/search', async (req, res) => {
    const { q, types, limit } = parseInput(searchInput, req.query, 'query');
    res.json(await search(db, q, types ?? [], limit));
  });
  return router;
}
