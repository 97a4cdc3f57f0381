import { z } from 'zod';
import { scopeSchema } from './enums.ts';
import { checkScopeId, helixMatrixSchema, scopeSummarySchema, tripleHelixStatsSchema } from './analysis.ts';
import { graphElementsSchema } from './graph.ts';
import { nodeIdSchema } from './ids.ts';
import { periodSchema, periodSummarySchema, undatedSchema } from './period.ts';

// GET /api/compare: one scope in two periods side by side (issue "Time", point 3).

/** The most entries each list of a comparison carries; the counts are always complete. */
export const COMPARE_LIST_MAX = 50;

export const compareQuery = z
  .strictObject({ scope: scopeSchema.default('all'), id: nodeIdSchema.optional(), a: periodSchema, b: periodSchema, undated: undatedSchema.optional() })
  .superRefine(checkScopeId);

/** A tie with its weight in period a and in b (0 where it is absent). */
const tieChangeSchema = z.object({ source: z.string(), target: z.string(), sourceLabel: z.string(), targetLabel: z.string(), a: z.number(), b: z.number() });
const tieListSchema = z.object({ count: z.number(), ties: z.array(tieChangeSchema) });
/** An actor's figure in a and in b (0 where it is not in the period's scope) and b − a. */
const actorChangeSchema = z.object({ id: z.string(), label: z.string(), helix: z.string().optional(), a: z.number(), b: z.number(), change: z.number() });
const movesSchema = z.object({ rising: z.array(actorChangeSchema), falling: z.array(actorChangeSchema) });
const sectorChangeSchema = z.object({ a: z.string(), b: z.string(), aLabel: z.string(), bLabel: z.string(), weightA: z.number(), weightB: z.number(), change: z.number() });

const sideSchema = z.object({
  period: periodSummarySchema,
  summary: scopeSummarySchema.extend({ edges: z.number() }),
  stats: tripleHelixStatsSchema.pick({ actors: true, matrix: true, weightedMatrix: true, totals: true, crossShare: true, ei: true }),
});

export const TIE_CHANGES = ['gained', 'lost', 'kept'] as const;

export const compareSchema = z.object({
  scope: z.object({ scope: scopeSchema, id: z.string().nullable() }),
  a: sideSchema,
  b: sideSchema,
  /** b − a, cell by cell, and of the cross-helix share and overall E-I index (null where either is). */
  difference: z.object({ matrix: helixMatrixSchema, weightedMatrix: helixMatrixSchema, crossShare: z.number().nullable(), ei: z.number().nullable() }),
  ties: z.object({ gained: tieListSchema, lost: tieListSchema, strengthened: tieListSchema, weakened: tieListSchema, kept: z.number() }),
  actors: z.object({ degree: movesSchema, betweenness: movesSchema, brokerage: movesSchema }),
  /** Sector pairs (cross-sector, top level) by the actors of the scope they share in each period. */
  sectors: z.object({ grew: z.array(sectorChangeSchema), shrank: z.array(sectorChangeSchema) }),
  /** One picture: the actors of both periods and every tie of either, `change` gained, lost or kept. */
  elements: graphElementsSchema,
});

export type CompareRequest = z.output<typeof compareQuery>;
export type Compare = z.infer<typeof compareSchema>;
export type TieChange = z.infer<typeof tieChangeSchema>;
export type ActorChange = z.infer<typeof actorChangeSchema>;
export type SectorChange = z.infer<typeof sectorChangeSchema>;
