import { Router } from 'express';
import {
  consoleQueryBody,
  consoleResultSchema,
  consoleSchemaSchema,
  examplesSchema,
  savedQueriesSchema,
  savedQueryBody,
  savedQueryParams,
  savedQuerySchema,
} from '../../contract/index.ts';
import type { Config } from '../config.ts';
import type { ConsoleDb } from '../db/console-db.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { NotFound } from '../domain-errors.ts';
import { requireToken } from '../http/auth.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { examples } from './examples.ts';
import { runConsoleQuery } from './run-query.ts';
import { deleteSavedQuery, listSavedQueries, saveQuery } from './saved-queries.ts';
import { consoleSchema } from './schema.ts';

/** The most a console answer's rows may weigh as JSON; the rest is cut, and the answer says so. */
export const CONSOLE_MAX_BYTES = 4 * 1024 * 1024;

export function consoleRoutes(db: GraphDb, consoleDb: ConsoleDb, config: Config): Router {
  const router = Router();
  const limits = { timeoutMs: config.HELIX_CONSOLE_TIMEOUT_MS, maxRows: config.HELIX_RESULT_LIMIT, maxBytes: CONSOLE_MAX_BYTES };

  const queryInput = consoleQueryBody(config.HELIX_RESULT_LIMIT);
  registerEndpoint({ method: 'post', path: '/api/console/query', summary: 'Runs a read-only Cypher query (refused unless Neo4j plans it as a read without forbidden procedures)', tags: ['console'], body: queryInput, response: consoleResultSchema });
  router.post('/console/query', async (req, res) => {
    const input = parseInput(queryInput, req.body, 'body');
    res.json(await runConsoleQuery(consoleDb, input, { ...limits, maxRows: input.maxRows ?? limits.maxRows }));
  });

  registerEndpoint({ method: 'get', path: '/api/console/schema', summary: 'Labels, relationship types, property keys, allowed procedures and functions, for autocompletion', tags: ['console'], response: consoleSchemaSchema });
  router.get('/console/schema', async (_req, res) => {
    res.json(await consoleSchema(db));
  });

  registerEndpoint({ method: 'get', path: '/api/console/examples', summary: 'The example library (cypher/examples): title, description, query', tags: ['console'], response: examplesSchema });
  router.get('/console/examples', (_req, res) => {
    res.json({ examples: examples() });
  });

  registerEndpoint({ method: 'get', path: '/api/saved-queries', summary: 'Saved console queries, newest first; `writable` says whether this server accepts new ones', tags: ['console'], response: savedQueriesSchema });
  router.get('/saved-queries', async (_req, res) => {
    res.json({ writable: Boolean(config.HELIX_API_TOKEN), items: await listSavedQueries(db, config.HELIX_RESULT_LIMIT) });
  });
  registerEndpoint({ method: 'post', path: '/api/saved-queries', summary: 'Saves a console query as a :SavedQuery node', tags: ['console'], body: savedQueryBody, response: savedQuerySchema, status: 201, auth: true });
  router.post('/saved-queries', requireToken(config.HELIX_API_TOKEN), async (req, res) => {
    res.status(201).json(await saveQuery(db, parseInput(savedQueryBody, req.body, 'body')));
  });
  registerEndpoint({ method: 'delete', path: '/api/saved-queries/{id}', summary: 'Deletes a saved console query', tags: ['console'], params: savedQueryParams, response: null, status: 204, auth: true });
  router.delete('/saved-queries/:id', requireToken(config.HELIX_API_TOKEN), async (req, res) => {
    const { id } = parseInput(savedQueryParams, req.params, 'params');
    if (!(await deleteSavedQuery(db, id))) throw new NotFound('id', `no saved query ${id}`);
    res.status(204).end();
  });
  return router;
}
