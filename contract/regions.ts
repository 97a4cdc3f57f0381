import { z } from 'zod';
import { HELICES, helixSchema } from './enums.ts';
import { csvList, nodeIdOf, queryInt } from './ids.ts';
import { periodFields, periodSummarySchema } from './period.ts';

// The map of the ecosystem on the NUTS 2021 regions (issue "Geography"): figures per region at a
// NUTS level (GET /api/regions/map) and collaboration between regions (GET /api/regions/flows).
// An actor counts in the NUTS region of the place it is located in, rolled up the PART_OF chain
// to the level asked for (README, "Map").

export const NUTS_LEVELS = [0, 1, 2, 3] as const;
export type NutsLevel = (typeof NUTS_LEVELS)[number];

export const MAP_MEASURES = [
  'actors',
  'participations',
  'contribution',
  'helices',
  'cross_helix',
  'share_government',
  'share_industry',
  'share_academia',
  'share_intermediary',
  'share_civil_society',
  'lq',
] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** What each measure counts, as the API answers it (the client says the same in its own words). */
export const MEASURE_DEFINITIONS: Record<MapMeasure, string> = {
  actors: 'Actors located in the region (or in a place inside it) that are active in the period',
  participations: "The region's actors' participations in projects running in the period",
  contribution: "The EU contribution (euro) to the region's actors' participations in the period",
  helices: 'How many of the five helices (government, industry, academia, intermediary, civil society) the region has actors of',
  cross_helix: "Share of the region's actors' collaboration ties in the period whose partner is of another helix",
  share_government: "Share of the region's actors that are government",
  share_industry: "Share of the region's actors that are industry",
  share_academia: "Share of the region's actors that are academia",
  share_intermediary: "Share of the region's actors that are intermediaries",
  share_civil_society: "Share of the region's actors that are civil society",
  lq: "Location quotient of the region in one category (a programme part by participations, or a sector by actors): the category's share of the region's measure over its share in the region's country (at NUTS 0, in all countries shown), as GET /api/specialisation computes it; 1 = as specialised as the reference",
};

/** A category of the map's location quotients: a programme part (Policy) or a sector. */
export const mapCategorySchema = z
  .string()
  .max(240)
  .regex(/^(Policy|Sector):[a-z0-9]+([._-][a-z0-9]+)*$/, 'must be a programme part (Policy:…) or a sector (Sector:…) id');

const levelField = queryInt(0, 3).default(3);
const filterFields = {
  /** Only actors of these helices count (comma-separated). */
  helix: csvList(helixSchema, HELICES.length).optional(),
  /** Only the actors of this sector (scope "sector": its sub-sectors and projects included). */
  sector: nodeIdOf('Sector').optional(),
};

// GET /api/regions/map
export const regionsMapQuery = z
  .strictObject({
    level: levelField,
    measure: z.enum(MAP_MEASURES).default('actors'),
    /** measure=lq: the category (default: the largest of the data). */
    category: mapCategorySchema.optional(),
    ...filterFields,
    ...periodFields,
  })
  .superRefine((q, ctx) => {
    if (q.category && q.measure !== 'lq') ctx.addIssue({ code: 'custom', path: ['category'], message: 'a category is only read with measure=lq' });
  });

export const regionFiguresSchema = z.object({
  /** The NUTS 2021 id (BE211). */
  id: z.string(),
  name: z.string(),
  /** The graph's Region node of this NUTS id (Region:arrondissement-antwerpen), when the graph holds one. */
  node: z.string().nullable(),
  /** The chosen measure's value; null where it is undefined (a share without any actor or tie). */
  value: z.number().nullable(),
  actors: z.number(),
  participations: z.number(),
  contribution: z.number(),
  /** Actors per helix (helices without actors left out). */
  byHelix: z.record(z.string(), z.number()),
  helices: z.number(),
  ties: z.number(),
  crossTies: z.number(),
  crossShare: z.number().nullable(),
});

/** measure=lq: what the location quotients are of, and the categories one can choose instead. */
export const mapSpecialisationSchema = z.object({
  /** participations by programme part, or actors by sector (data without participations). */
  measure: z.enum(['participations', 'actors']),
  by: z.enum(['part', 'sector']),
  category: z.object({ id: z.string(), label: z.string() }),
  /** country: each region against its country; all: (NUTS 0) against all countries shown. */
  reference: z.enum(['country', 'all']),
  /** The categories of the data, largest total first (the measure summed over the regions shown). */
  categories: z.array(z.object({ id: z.string(), label: z.string(), value: z.number() })),
});

export const regionsMapSchema = z.object({
  level: z.number(),
  measure: z.enum(MAP_MEASURES),
  definition: z.string(),
  /** measure=lq only (else null). */
  specialisation: mapSpecialisationSchema.nullable(),
  /** Regions with at least one actor, by NUTS id. */
  regions: z.array(regionFiguresSchema),
  period: periodSummarySchema,
});

// GET /api/regions/flows
export const FLOW_WEIGHTS = ['pairs', 'projects'] as const;
export const FLOW_DEFINITIONS: Record<(typeof FLOW_WEIGHTS)[number], string> = {
  pairs: 'Collaborating actor pairs with one actor in each region (in the period)',
  projects: 'Shared projects of those pairs: the sum of their weights in the period',
};
export const FLOWS_MAX = 2000;

export const regionsFlowsQuery = z.strictObject({
  level: levelField,
  weight: z.enum(FLOW_WEIGHTS).default('pairs'),
  /** The least weight a region pair needs to be listed. */
  min: queryInt(1, 1_000_000).default(1),
  /** The heaviest region pairs, at most this many. */
  limit: queryInt(1, FLOWS_MAX).default(200),
  /** Only the pairs of this NUTS region (its partner regions), at the level asked for. */
  region: z.string().regex(/^[A-Z]{2}[A-Z0-9]{0,3}$/, 'must be a NUTS id such as BE211').optional(),
  ...filterFields,
  ...periodFields,
});

export const regionFlowSchema = z.object({ a: z.string(), b: z.string(), pairs: z.number(), projects: z.number(), weight: z.number() });

export const regionsFlowsSchema = z.object({
  level: z.number(),
  weight: z.enum(FLOW_WEIGHTS),
  definition: z.string(),
  /** Region pairs (a < b by NUTS id), heaviest first. */
  flows: z.array(regionFlowSchema),
  /** How many region pairs reach `min` in all, before the limit. */
  total: z.number(),
  period: periodSummarySchema,
});

export type RegionsMapRequest = z.output<typeof regionsMapQuery>;
export type RegionsMap = z.infer<typeof regionsMapSchema>;
export type RegionFigures = z.infer<typeof regionFiguresSchema>;
export type MapSpecialisation = z.infer<typeof mapSpecialisationSchema>;
export type RegionsFlowsRequest = z.output<typeof regionsFlowsQuery>;
export type RegionsFlows = z.infer<typeof regionsFlowsSchema>;
export type RegionFlow = z.infer<typeof regionFlowSchema>;
export type FlowWeight = (typeof FLOW_WEIGHTS)[number];
