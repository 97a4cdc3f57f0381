import { Router } from 'express';
import { z } from 'zod';
import { nodeIdOf } from '../explore/node-ids.ts';
import { HELICES } from '../graph/model.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { parseInput } from '../http/problem.ts';
import { REASON_CODES } from './explain.ts';
import { PartnerService } from './service.ts';
import { COMPONENTS, weightsSchema } from './weights.ts';

/** The most suggestions one answer carries, each with its evidence graph. */
export const MAX_SUGGESTIONS = 100;

const needSchema = z
  .strictObject({
    sectors: z.array(nodeIdOf('Sector')).max(50).default([]),
    technologies: z.array(nodeIdOf('Technology')).max(50).default([]),
    regions: z.array(nodeIdOf('Region')).max(20).default([]),
    helix: z.array(z.enum(HELICES)).max(HELICES.length).default([]),
  })
  .refine((n) => n.sectors.length + n.technologies.length + n.regions.length + n.helix.length > 0, 'must name at least one sector, technology, region or helix');

export function partnersInput(maxLimit: number) {
  return z
    .strictObject({
      actor: nodeIdOf('Actor').optional(),
      actors: z.array(nodeIdOf('Actor')).min(1).max(50).optional(),
      need: needSchema.optional(),
      weights: weightsSchema.optional(),
      limit: z.number().int().min(1).max(Math.min(MAX_SUGGESTIONS, maxLimit)).default(Math.min(20, maxLimit)),
    })
    .superRefine((v, ctx) => {
      const given = [v.actor, v.actors, v.need].filter((x) => x !== undefined).length;
      if (given !== 1) ctx.addIssue({ code: 'custom', path: ['actor'], message: 'give exactly one of actor, actors or need' });
    });
}

const elementsSchema = z.object({ nodes: z.array(z.object({ data: z.looseObject({ id: z.string(), label: z.string(), type: z.string() }) })), edges: z.array(z.object({ data: z.looseObject({ id: z.string(), source: z.string(), target: z.string(), type: z.string() }) })) });
const componentsSchema = z.object(Object.fromEntries(COMPONENTS.map((c) => [c, z.number()])));
const answerSchema = z.object({
  asker: z.array(z.object({ id: z.string(), name: z.string() })),
  suggestions: z.array(
    z.object({
      rank: z.number(),
      id: z.string(),
      name: z.string(),
      helix: z.string().optional(),
      kind: z.string().optional(),
      country: z.string().optional(),
      score: z.number(),
      components: componentsSchema,
      reasons: z.array(
        z.object({ component: z.enum(COMPONENTS), code: z.enum(REASON_CODES), params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])), text: z.string() }),
      ),
      introducers: z.array(z.object({ id: z.string(), name: z.string(), strength: z.number(), toAsker: z.number(), toCandidate: z.number() })),
      evidence: z.object({
        sharedPartners: z.array(z.string()),
        sharedTopics: z.array(z.string()),
        relatedTopics: z.array(z.string()),
        policies: z.array(z.string()),
        projects: z.array(z.string()),
        path: z.array(z.string()),
      }),
      graph: elementsSchema,
    }),
  ),
  summary: z.object({ candidates: z.number(), returned: z.number(), weights: componentsSchema }),
});

export function partnerRoutes(service: PartnerService, maxLimit: number): Router {
  const router = Router();
  const input = partnersInput(maxLimit);
  registerEndpoint({
    method: 'post',
    path: '/api/partners',
    summary: 'Partner suggestions for an actor, a group (complete a consortium) or a need: ranked by weighted score components, each explained, with introducers and an evidence graph (a read: no token)',
    tags: ['partners'],
    body: input,
    response: answerSchema,
  });
  router.post('/partners', async (req, res) => {
    res.json(await service.find(parseInput(input, req.body, 'body')));
  });
  return router;
}
