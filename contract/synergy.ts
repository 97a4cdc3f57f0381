import { z } from 'zod';
import { checkScopeId } from './analysis.ts';
import { HELICES, scopeSchema } from './enums.ts';
import { nodeIdSchema } from './ids.ts';
import { periodFields, periodSummarySchema } from './period.ts';

// GET /api/synergy: triple-helix synergy T(UIG), Leydesdorff's mutual information in three
// dimensions, of a scope and period (README, "Triple-helix synergy").

/** What one record is: a project (which helices take part), a collaboration tie (the helices of its two actors), or an actor (the general form over three of its attributes). `auto`: projects, or ties on data without projects. */
export const SYNERGY_UNITS = ['auto', 'project', 'tie', 'actor'] as const;
/** Attributes of an actor for the general form (unit=actor). */
export const ACTOR_DIMS = ['helix', 'kind', 'country', 'region', 'sector', 'technology'] as const;
/** The presence form's default: academia (U), industry (I), government (G). */
export const UIG_DIMS = ['academia', 'industry', 'government'] as const;
export const ACTOR_DIMS_DEFAULT = ['region', 'sector', 'helix'] as const;
/** At most this many cells of the general form are answered (the largest); `cellCount` says how many there are. */
export const SYNERGY_MAX_CELLS = 500;

export const synergyQuery = z
  .strictObject({
    scope: scopeSchema.default('all'),
    id: nodeIdSchema.optional(),
    ...periodFields,
    unit: z.enum(SYNERGY_UNITS).default('auto'),
    dims: z.string().max(200).optional(),
  })
  .superRefine(checkScopeId)
  .superRefine((v, ctx) => {
    if (v.dims === undefined) return;
    const dims = v.dims.split(',').map((d) => d.trim());
    const allowed: readonly string[] = v.unit === 'actor' ? ACTOR_DIMS : HELICES;
    const what = v.unit === 'actor' ? `actor attributes (${ACTOR_DIMS.join(', ')})` : `helices (${HELICES.join(', ')})`;
    if (dims.length !== 3 || new Set(dims).size !== 3) ctx.addIssue({ code: 'custom', path: ['dims'], message: `must be three different ${what}, separated by commas` });
    else {
      const wrong = dims.filter((d) => !allowed.includes(d));
      if (wrong.length) ctx.addIssue({ code: 'custom', path: ['dims'], message: `${wrong.join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not among the ${what}${v.unit === 'actor' ? '' : '; for actor attributes ask unit=actor'}` });
    }
  });

const bitsTriple = z.object({ a: z.number(), b: z.number(), c: z.number(), ab: z.number(), ac: z.number(), bc: z.number(), abc: z.number() });

export const synergySchema = z.object({
  scope: z.object({ scope: scopeSchema, id: z.string().nullable(), actors: z.number(), period: periodSummarySchema }),
  unit: z.enum(['project', 'tie', 'actor']),
  /** `presence`: each dimension is whether a helix is present in the record (0/1); `attributes`: three attributes of actors. */
  form: z.enum(['presence', 'attributes']),
  dims: z.tuple([z.string(), z.string(), z.string()]),
  /** Records counted (actors of the general form may be split over cells, so a sum of weights). */
  n: z.number(),
  /** Actors left out of the general form for want of a value on a dimension. */
  excluded: z.number(),
  /** Helices present among the actors that count as none of the three (intermediaries and civil society in the U/I/G form). */
  notCounted: z.array(z.string()),
  /** T in bits and in millibits; negative: synergy (uncertainty reduced). */
  t: z.number(),
  tMillibits: z.number(),
  /** Entropies in bits of each dimension (a, b, c in the order of dims), each pair and all three. */
  entropies: bitsTriple,
  /** Mutual information of each pair, bits. */
  mutual: z.object({ ab: z.number(), ac: z.number(), bc: z.number() }),
  /** The table: the eight cells (000 … 111) of the presence form, the largest cells of the general form. */
  cells: z.array(z.object({ values: z.tuple([z.string(), z.string(), z.string()]), n: z.number() })),
  cellCount: z.number(),
  /** For a region scope: each region directly inside it, its records, T and contribution ΔT = (n_g / N)·T_g, bits (Leydesdorff & Strand 2013); null otherwise. */
  subregions: z
    .object({
      regions: z.array(z.object({ id: z.string(), label: z.string(), n: z.number(), t: z.number(), deltaT: z.number() })),
      sumOfContributions: z.number(),
      /** T − Σ ΔT: the synergy at the level of the region above its sub-regions. */
      between: z.number(),
    })
    .nullable(),
});

export type SynergyUnit = (typeof SYNERGY_UNITS)[number];
export type SynergyAnswer = z.infer<typeof synergySchema>;
