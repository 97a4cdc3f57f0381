import { Router } from 'express';
import { noQuery, partnerAnswerSchema, partnerModelSchema, partnersBody } from '../../contract/index.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { PartnerService } from './service.ts';

export function partnerRoutes(service: PartnerService, maxLimit: number): Router {
  const router = Router();
  const input = partnersBody(maxLimit);
  registerEndpoint({
    method: 'post',
    path: '/api/partners',
    summary:
      'Partner suggestions for an actor, a group (complete a consortium) or a need: without weights, an actor or group is ranked by the learned ranker once it is trained (summary.ranking says which), otherwise by weighted score components; each explained, with introducers and an evidence graph (a read: no token)',
    tags: ['partners'],
    body: input,
    response: partnerAnswerSchema,
  });
  router.post('/partners', async (req, res) => {
    res.json(await service.find(parseInput(input, req.body, 'body')));
  });
  registerEndpoint({
    method: 'get',
    path: '/api/partners/model',
    summary: "The learned partner ranker for the current data: training, ready (trained when, on what, training figures) or none (why)",
    tags: ['partners'],
    query: noQuery,
    response: partnerModelSchema,
  });
  router.get('/partners/model', async (req, res) => {
    parseInput(noQuery, req.query, 'query');
    res.json(await service.model());
  });
  return router;
}
