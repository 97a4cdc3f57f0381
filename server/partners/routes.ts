import { Router } from 'express';
import { partnerAnswerSchema, partnersBody } from '../../contract/index.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { PartnerService } from './service.ts';

export function partnerRoutes(service: PartnerService, maxLimit: number): Router {
  const router = Router();
  const input = partnersBody(maxLimit);
  registerEndpoint({
    method: 'post',
    path: '/api/partners',
    summary: 'Partner suggestions for an actor, a group (complete a consortium) or a need: ranked by weighted score components, each explained, with introducers and an evidence graph (a read: no token)',
    tags: ['partners'],
    body: input,
    response: partnerAnswerSchema,
  });
  router.post('/partners', async (req, res) => {
    res.json(await service.find(parseInput(input, req.body, 'body')));
  });
  return router;
}
