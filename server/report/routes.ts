import { Router } from 'express';
import { ecosystemReportQuery, ecosystemReportSchema } from '../../contract/index.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { ecosystemReport, type ReportDeps } from './report.ts';

export function reportRoutes(deps: ReportDeps): Router {
  const router = Router();
  registerEndpoint({
    method: 'get',
    path: '/api/report',
    summary: 'The data behind the ecosystem report of a sector or a region: key figures, helix composition and matrix, central actors and brokers, linked sectors, pairs to introduce, policy priorities across levels and the documents cited',
    tags: ['analytics'],
    query: ecosystemReportQuery,
    response: ecosystemReportSchema,
  });
  router.get('/report', async (req, res) => {
    const query = parseInput(ecosystemReportQuery, req.query, 'query');
    const gone = new AbortController();
    res.on('close', () => gone.abort());
    res.json(await ecosystemReport(deps, query, gone.signal));
  });
  return router;
}
