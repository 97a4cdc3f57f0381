import { z } from 'zod';
import { brokerageCountsSchema, byHelix, helixMatrixSchema } from './analysis.ts';

// Whole-graph analytics: POST /api/analytics/run (token) and GET /api/analytics/status. The job
// writes every actor's metrics back as its properties (WHOLE_GRAPH_PROPERTIES and metricsAt).

/** The properties the job writes on every actor. */
export const WHOLE_GRAPH_PROPERTIES = [
  'degree',
  'weightedDegree',
  'pagerank',
  'community',
  'kcore',
  'betweenness',
  'closeness',
  'eigenvector',
  'clustering',
  'brokerageCoordinator',
  'brokerageGatekeeperRepresentative',
  'brokerageConsultant',
  'brokerageLiaison',
  'brokerageTotal',
] as const;

export const wholeGraphSummarySchema = z.object({
  nodeCount: z.number(),
  edgeCount: z.number(),
  components: z.number(),
  communities: z.object({ count: z.number(), modularity: z.number() }),
  /** Exact, or sampled from `pivots` sources with the relative error (95 %) aimed for and reached among the `top` most central actors. */
  betweenness: z.object({
    approximate: z.boolean(),
    pivots: z.number().optional(),
    error: z.object({ target: z.number(), achieved: z.number(), confidence: z.number(), top: z.number() }).optional(),
  }),
  eigenvector: z.object({ converged: z.boolean() }),
  /** Gould–Fernandez brokerage over the whole graph, the helix as group. */
  brokerage: brokerageCountsSchema,
  /** Actors and ties per helix over the whole graph (the triple helix of everything, while the data is unchanged). */
  helix: z.object({ actors: byHelix(z.number()), ties: helixMatrixSchema, weightedTies: helixMatrixSchema, isolated: byHelix(z.number()) }),
  /** Milliseconds of each step of the computation. */
  ms: z.record(z.string(), z.number()),
});

export const ANALYTICS_STATES = ['idle', 'running', 'done', 'failed'] as const;
export const analyticsStatusSchema = z.object({
  /** idle: no run since the server started (a stored one may exist: `last`). */
  state: z.enum(ANALYTICS_STATES),
  /** While running: the step (reading, computing, writing) and, when writing, actors written of all. */
  progress: z.object({ phase: z.enum(['reading', 'computing', 'writing']), done: z.number(), total: z.number() }).optional(),
  error: z.string().optional(),
  /** The stored metrics: when they were computed, from what, and whether the data changed since. */
  last: z.object({ at: z.string(), ms: z.number().optional(), summary: wholeGraphSummarySchema }).nullable(),
  /** True when the data changed after the stored metrics were computed (or there are none). */
  stale: z.boolean(),
});
export const analyticsRunSchema = z.object({ started: z.boolean(), status: analyticsStatusSchema });

export type WholeGraphSummaryAnswer = z.infer<typeof wholeGraphSummarySchema>;
export type AnalyticsStatus = z.infer<typeof analyticsStatusSchema>;
