import { z } from 'zod';
import { helixMatrixSchema } from './analysis.ts';
import { scopeSchema } from './enums.ts';
import { periodSummarySchema } from './period.ts';

// The data's years: activity per year behind the period control (GET /api/activity/years), and
// the triple-helix figures of a scope year by year, for the small multiples (GET /api/triple-helix/years).

/** Projects running in a year (start year to end year) and participations active in it (their own years, else their project's). */
const yearActivitySchema = z.object({ year: z.number(), projects: z.number(), participations: z.number() });

export const activityYearsSchema = z.object({
  years: z.array(yearActivitySchema),
  /** Records of a dated kind without any year: projects without a start, participations without years (nor a dated project). */
  undated: z.object({ projects: z.number(), participations: z.number() }),
});

/** The most years one series may span (its query is scopeQuery, as /api/triple-helix; without a period, the data's years). */
export const HELIX_YEARS_MAX = 60;

/** The triple-helix figures of the scope in one year (its actors and ties of that year, every one: no cut as on the canvas). */
const helixYearSchema = z.object({
  year: z.number(),
  actors: z.number(),
  /** Ties by the helices of their ends, as the triple-helix matrix counts them (a cross-helix tie in both cells). */
  matrix: helixMatrixSchema,
  ties: z.number(),
  crossTies: z.number(),
  crossShare: z.number().nullable(),
  ei: z.number().nullable(),
});

export const helixYearsSchema = z.object({
  scope: z.object({ scope: scopeSchema, id: z.string().nullable() }),
  period: periodSummarySchema,
  years: z.array(helixYearSchema),
});

export type ActivityYears = z.infer<typeof activityYearsSchema>;
export type HelixYears = z.infer<typeof helixYearsSchema>;
export type HelixYear = z.infer<typeof helixYearSchema>;
