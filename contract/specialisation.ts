import { z } from 'zod';
import { csvList } from './ids.ts';
import { periodFields, periodSchema, periodSummarySchema, undatedSchema } from './period.ts';

// Regional specialisation (GET /api/specialisation: location quotients) and shift-share
// (GET /api/shift-share) of a region against a reference, for a measure by category. Formulas and
// sources: server/analytics/specialisation.ts and README, "Specialisation and shift-share".

export const SPECIALISATION_MEASURES = ['participations', 'contribution', 'actors', 'observations'] as const;
export type SpecialisationMeasure = (typeof SPECIALISATION_MEASURES)[number];
export const SPECIALISATION_BY = ['part', 'topic', 'sector'] as const;
export type SpecialisationBy = (typeof SPECIALISATION_BY)[number];
export const SPECIALISATION_REFERENCES = ['all', 'country', 'regions'] as const;
export const BENCHMARK_MAX = 20;

/** The categories each measure can be split by; the first is the default. */
export const MEASURE_CATEGORIES: Record<SpecialisationMeasure, readonly SpecialisationBy[]> = {
  participations: ['part', 'topic'],
  contribution: ['part', 'topic'],
  actors: ['sector'],
  observations: ['sector'],
};

export const SPECIALISATION_DEFINITIONS: Record<SpecialisationMeasure, string> = {
  participations: "Participations of the region's actors in projects running in the period, by the project's programme part or topic (a project under two counts in both)",
  contribution: "EU contribution (euro) to the region's actors' participations in projects running in the period, by programme part or topic",
  actors: "The region's actors active in the period, by the sector they are active in (an actor in two sectors counts in both)",
  observations: 'Observation values of one metric (employment, value added…) in the region, by sector; per sector the latest year in the period',
};

/** A region: a NUTS 2021 id (BE211) or a Region node id (Region:province-antwerp). */
export const regionRefSchema = z
  .string()
  .max(240)
  .regex(/^([A-Z]{2}[A-Z0-9]{0,3}|Region:[a-z0-9]+([._-][a-z0-9]+)*)$/, 'must be a NUTS id (BE211) or a region id (Region:province-antwerp)');

const baseFields = {
  measure: z.enum(SPECIALISATION_MEASURES).default('participations'),
  /** Categories: programme part or topic (participations, contribution), sector (actors, observations). */
  by: z.enum(SPECIALISATION_BY).optional(),
  region: regionRefSchema,
  /** all: the whole data; country: the region's country; regions: the benchmark regions `regions`. */
  reference: z.enum(SPECIALISATION_REFERENCES).default('country'),
  regions: csvList(regionRefSchema, BENCHMARK_MAX).optional(),
  /** Observations only: the metric (employees, value_added, …). */
  metric: z.string().min(1).max(80).optional(),
};

type BaseInput = { measure: SpecialisationMeasure; by?: SpecialisationBy | undefined; reference: string; regions?: string[] | undefined; metric?: string | undefined };

/** The checks that join fields, each naming the field it is about. */
function consistent(q: BaseInput, ctx: z.RefinementCtx) {
  const allowed = MEASURE_CATEGORIES[q.measure];
  if (q.by && !allowed.includes(q.by)) ctx.addIssue({ code: 'custom', path: ['by'], message: `measure ${q.measure} is split by ${allowed.join(' or ')}, not ${q.by}` });
  if (q.reference === 'regions' && !q.regions?.length) ctx.addIssue({ code: 'custom', path: ['regions'], message: 'reference=regions needs the benchmark regions (comma-separated NUTS or region ids)' });
  if (q.reference !== 'regions' && q.regions) ctx.addIssue({ code: 'custom', path: ['regions'], message: 'benchmark regions are only read with reference=regions' });
  if (q.measure === 'observations' && !q.metric) ctx.addIssue({ code: 'custom', path: ['metric'], message: 'measure observations needs the metric (e.g. employees)' });
  if (q.measure !== 'observations' && q.metric) ctx.addIssue({ code: 'custom', path: ['metric'], message: 'a metric is only read with measure=observations' });
  if (q.measure === 'observations' && q.reference === 'all') {
    ctx.addIssue({ code: 'custom', path: ['reference'], message: 'observations are figures of one region each and do not add up over the whole data: choose country or regions' });
  }
}

// GET /api/specialisation
export const specialisationQuery = z.strictObject({ ...baseFields, ...periodFields }).superRefine(consistent);

// GET /api/shift-share: the change from period a to period b.
export const shiftShareQuery = z.strictObject({ ...baseFields, a: periodSchema, b: periodSchema, undated: undatedSchema.optional() }).superRefine(consistent);

export const specialisationRegionSchema = z.object({
  /** As asked (BE211 or Region:…). */
  id: z.string(),
  name: z.string(),
  /** Its NUTS 2021 id, when it has one. */
  nuts: z.string().nullable(),
  /** The graph's Region node, when there is one. */
  node: z.string().nullable(),
});

const answerBase = {
  measure: z.enum(SPECIALISATION_MEASURES),
  by: z.enum(SPECIALISATION_BY),
  definition: z.string(),
  region: specialisationRegionSchema,
  reference: z.object({ kind: z.enum(SPECIALISATION_REFERENCES), label: z.string(), regions: z.array(specialisationRegionSchema) }),
  metric: z.string().nullable(),
  /** The unit of the observations (null for other measures, or several units). */
  unit: z.string().nullable(),
};

export const locationQuotientSchema = z.object({
  /** The category: a Policy, Sector node id, or the topic code. */
  id: z.string(),
  label: z.string(),
  value: z.number(),
  share: z.number().nullable(),
  referenceValue: z.number(),
  referenceShare: z.number().nullable(),
  lq: z.number().nullable(),
});

export const specialisationSchema = z.object({
  ...answerBase,
  total: z.number(),
  referenceTotal: z.number(),
  /** Highest LQ first. */
  categories: z.array(locationQuotientSchema),
  period: periodSummarySchema,
});

const shiftTerms = {
  a: z.number(),
  b: z.number(),
  change: z.number(),
  nationalShare: z.number(),
  categoryMix: z.number(),
  regionalShift: z.number(),
  /** Esteban-Marquillas: regional shift of the homothetic value, and the allocation effect. */
  competitive: z.number(),
  allocation: z.number(),
};

export const shiftShareSchema = z.object({
  ...answerBase,
  a: periodSummarySchema,
  b: periodSummarySchema,
  referenceGrowth: z.number().nullable(),
  /** Largest regional shift first. */
  categories: z.array(z.object({ id: z.string(), label: z.string(), ...shiftTerms })),
  totals: z.object(shiftTerms),
});

export type SpecialisationRequest = z.output<typeof specialisationQuery>;
export type ShiftShareRequest = z.output<typeof shiftShareQuery>;
export type SpecialisationAnswer = z.infer<typeof specialisationSchema>;
export type ShiftShareAnswer = z.infer<typeof shiftShareSchema>;
export type SpecialisationRegion = z.infer<typeof specialisationRegionSchema>;
