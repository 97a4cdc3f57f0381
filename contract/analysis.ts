import { z } from 'zod';
import { HELICES, SCOPE_LABEL, helixSchema, scopeSchema, type Scope } from './enums.ts';
import { edgeDataSchema, graphElementsSchema, nodeDataSchema } from './graph.ts';
import { nodeIdOf, nodeIdSchema, splitNodeId } from './ids.ts';
import { periodFields, periodSummarySchema } from './period.ts';

// The analytic views: triple helix, cross-sector, metrics, sector profile, policy alignment.

// GET /api/triple-helix and GET /api/metrics: a scope and, unless it is all, the node it names.
export const scopeQuery = z.strictObject({ scope: scopeSchema.default('all'), id: nodeIdSchema.optional(), ...periodFields }).superRefine(checkScopeId);

/** A scope's id: left out for all, else an id of the scope's label (shared by the scope queries). */
export function checkScopeId(v: { scope: Scope; id?: string | undefined }, ctx: z.RefinementCtx): void {
  {
    if (v.scope === 'all') {
      if (v.id !== undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: 'must be left out when scope is all' });
      return;
    }
    const label = SCOPE_LABEL[v.scope];
    if (v.id === undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: `is required when scope is ${v.scope} (a ${label} id)` });
    else if (splitNodeId(v.id).label !== label) ctx.addIssue({ code: 'custom', path: ['id'], message: `must be a ${label} id when scope is ${v.scope}` });
  }
}
/**
 * A scope too large to draw whole: `total` actors, `shown` drawn (the most central by the stored
 * PageRank, `by`); the figures are of `statistics` (the whole scope, counted in the database, or
 * the shown actors); brokerage and metrics `stored` by the whole-graph analytics (of `metricsAt`,
 * `stale` when the data changed since) or computed over the shown actors.
 */
export const scopeCutSchema = z.object({
  total: z.number(),
  shown: z.number(),
  by: z.enum(['pagerank', 'links']),
  statistics: z.enum(['scope', 'shown']),
  brokerage: z.enum(['stored', 'shown']).optional(),
  metrics: z.enum(['stored', 'shown']).optional(),
  metricsAt: z.string().optional(),
  stale: z.boolean().optional(),
});
export const scopeSummarySchema = z.object({ scope: scopeSchema, id: z.string().nullable(), actors: z.number(), truncated: z.boolean(), period: periodSummarySchema.optional(), drawn: scopeCutSchema.optional() });

export const byHelix = <T extends z.ZodType>(value: T) => z.object(Object.fromEntries(HELICES.map((h) => [h, value])) as Record<(typeof HELICES)[number], T>);
export const helixMatrixSchema = byHelix(byHelix(z.number()));

/** Gould–Fernandez brokerage roles with the helix as group. */
export const brokerageCountsSchema = z.object({
  coordinator: z.number(),
  gatekeeperRepresentative: z.number(),
  consultant: z.number(),
  liaison: z.number(),
  total: z.number(),
});

export const THIN_REASONS = ['few_actors', 'no_cross_helix_tie', 'mostly_isolated'] as const;
export const tripleHelixStatsSchema = z.object({
  actors: byHelix(z.number()),
  matrix: helixMatrixSchema,
  weightedMatrix: helixMatrixSchema,
  totals: z.object({
    ties: z.number(),
    weight: z.number(),
    crossTies: z.number(),
    crossWeight: z.number(),
    crossShare: z.number().nullable(),
    crossWeightShare: z.number().nullable(),
  }),
  crossShare: z.number().nullable(),
  ei: z.object({ overall: z.number().nullable(), byHelix: byHelix(z.number().nullable()) }),
  /** Actors per helix tied to no other actor of the scope. */
  isolated: byHelix(z.number()),
  missing: z.array(helixSchema),
  /** `isolated`: how many of the helix's actors are tied to nobody. */
  thin: z.array(z.object({ helix: helixSchema, actors: z.number(), share: z.number(), isolated: z.number(), reasons: z.array(z.enum(THIN_REASONS)) })),
  brokerage: z.object({ byActor: z.record(z.string(), brokerageCountsSchema), totals: brokerageCountsSchema }),
});
export const tripleHelixSchema = z.object({
  nodes: z.array(z.object({ data: nodeDataSchema.extend({ brokerage: brokerageCountsSchema.optional() }) })),
  edges: graphElementsSchema.shape.edges,
  summary: scopeSummarySchema.extend({ edges: z.number() }),
  stats: tripleHelixStatsSchema,
});

// GET /api/cross-sector, GET /api/cross-sector/shared
export const SECTOR_LEVELS = ['sector', 'subsector'] as const;
const levelSchema = z.enum(SECTOR_LEVELS).default('sector');
export const crossSectorQuery = z.strictObject({ level: levelSchema, ...periodFields });
export const crossSectorSchema = graphElementsSchema.extend({
  summary: z.object({ level: z.enum(SECTOR_LEVELS), sectors: z.number(), links: z.number(), technologies: z.number(), period: periodSummarySchema.optional() }),
});
export const sharedQuery = z.strictObject({ a: nodeIdOf('Sector'), b: nodeIdOf('Sector'), level: levelSchema, ...periodFields });
export const sharedMembersSchema = z.object({
  actors: z.array(z.object({ id: z.string(), label: z.string(), helix: z.string().optional() })),
  projects: z.array(z.object({ id: z.string(), label: z.string() })),
});

// POST /api/metrics, GET /api/metrics
/** The largest graph POST /api/metrics accepts. */
export const METRICS_MAX_NODES = 5000;
export const METRICS_MAX_EDGES = 20000;
export const metricsBody = z.strictObject({
  elements: z.object({
    nodes: z.array(z.object({ data: nodeDataSchema })).max(METRICS_MAX_NODES),
    edges: z.array(z.object({ data: edgeDataSchema })).max(METRICS_MAX_EDGES),
  }),
});
export const nodeMetricsSchema = z.object({
  degree: z.number(),
  weightedDegree: z.number(),
  betweenness: z.number(),
  closeness: z.number(),
  pagerank: z.number(),
  eigenvector: z.number(),
  clustering: z.number(),
  community: z.number(),
});
export const metricsSchema = z.object({
  nodes: z.record(z.string(), nodeMetricsSchema),
  nodeCount: z.number(),
  edgeCount: z.number(),
  components: z.number(),
  communities: z.object({ count: z.number(), modularity: z.number() }),
  approximate: z.boolean(),
  betweennessSample: z.number().optional(),
  eigenvector: z.object({ converged: z.boolean(), fallback: z.literal('degree').optional() }),
});
export const scopeMetricsSchema = metricsSchema.extend({ summary: scopeSummarySchema });

// GET /api/sectors/{id}/profile
export const sectorParams = z.strictObject({ id: nodeIdOf('Sector') });
export const sectorProfileQuery = z.strictObject(periodFields);
const props = z.record(z.string(), z.unknown());
export const sectorProfileSchema = z.object({
  sector: z.object({ id: z.string(), label: z.string(), props }),
  /**
   * Key figures of the sector and its sub-sectors: the Observation nodes' properties, with `region`
   * the id of their region, and `source` the (sub-)sector they describe and the source table.
   */
  figures: z.array(
    z.looseObject({
      metric: z.string().optional(),
      year: z.number().nullish(),
      value: z.number().nullish(),
      unit: z.string().nullish(),
      printed: z.string().nullish(),
      regionName: z.string().nullish(),
      source: z.object({ sector: z.string(), label: z.string(), table: z.string().nullable() }),
    }),
  ),
  subsectors: z.array(z.object({ id: z.string(), label: z.string(), nameEn: z.string().optional(), kind: z.string().optional() })),
  actorsByHelix: z.record(z.string(), z.array(z.object({ id: z.string(), label: z.string(), kind: z.string().optional() }))),
  technologies: z.array(z.object({ id: z.string(), label: z.string(), nameEn: z.string().optional(), ket: z.boolean().optional() })),
  /** `via` is the sub-sector the policy prioritises when it is not the sector itself. */
  policies: z.array(z.object({ id: z.string(), label: z.string(), level: z.string().nullable(), issuer: z.string().nullable(), via: z.string().optional(), inferred: z.boolean() })),
  period: periodSummarySchema.optional(),
});

// GET /api/alignment
export const alignmentQuery = z.strictObject({ rows: z.enum(['policies', 'regions']).default('policies') });
export const alignmentSchema = z.object({
  rows: z.array(z.object({ id: z.string(), label: z.string(), level: z.string().nullable() })),
  /** label: the sector's own name (as in the source); labelEn: its English name where it has one. */
  columns: z.array(z.object({ id: z.string(), label: z.string(), labelEn: z.string().nullable() })),
  /** value: 1 for a policy row; for a region row, how many of its policies prioritise the sector. */
  cells: z.array(z.object({ row: z.string(), column: z.string(), value: z.number(), inferred: z.boolean(), policies: z.array(z.string()) })),
});

export type ScopeSummary = z.infer<typeof scopeSummarySchema>;
export type ScopeCut = z.infer<typeof scopeCutSchema>;
export type BrokerageCounts = z.infer<typeof brokerageCountsSchema>;
export type TripleHelixStats = z.infer<typeof tripleHelixStatsSchema>;
export type TripleHelix = z.infer<typeof tripleHelixSchema>;
export type SectorLevel = (typeof SECTOR_LEVELS)[number];
export type CrossSector = z.infer<typeof crossSectorSchema>;
export type SharedMembers = z.infer<typeof sharedMembersSchema>;
export type NodeMetrics = z.infer<typeof nodeMetricsSchema>;
export type Metrics = z.infer<typeof metricsSchema>;
export type ScopeMetrics = z.infer<typeof scopeMetricsSchema>;
export type SectorProfile = z.infer<typeof sectorProfileSchema>;
export type AlignmentMatrix = z.infer<typeof alignmentSchema>;
