import { z } from 'zod';
import { HELICES, helixSchema } from './enums.ts';
import { graphElementsSchema } from './graph.ts';
import { nodeIdOf } from './ids.ts';
import { periodFields, periodSummarySchema } from './period.ts';

// POST /api/partners: partner suggestions, each explained by reasons the client words in the
// reader's language from their code and parameters.

export const COMPONENTS = ['topical', 'proximity', 'complementarity', 'activity', 'geography'] as const;
export type ComponentName = (typeof COMPONENTS)[number];
export type Weights = Record<ComponentName, number>;
/**
 * The weighted ranking when no weights are given (API and Partners view), and the ranking the
 * learned ranker reorders (server/partners/served.ts): `npm run eval:partners` reports it as its
 * `weights` row (bench/README.md, partners-eval). One constant for both, and
 * tests/unit/partners/served-evaluated.test.ts fails when the committed figures were measured with
 * other weights.
 */
export const DEFAULT_WEIGHTS: Weights = { topical: 0.05, proximity: 1, complementarity: 0, activity: 0.05, geography: 0.025 };

/** The most suggestions one answer carries, each with its evidence graph. */
export const MAX_SUGGESTIONS = 100;

const weight = z.number().finite().min(0).max(10);
export const weightsSchema = z.strictObject({
  topical: weight.optional(),
  proximity: weight.optional(),
  complementarity: weight.optional(),
  activity: weight.optional(),
  geography: weight.optional(),
});
const componentsSchema = z.object({ topical: z.number(), proximity: z.number(), complementarity: z.number(), activity: z.number(), geography: z.number() });

export const needSchema = z
  .strictObject({
    sectors: z.array(nodeIdOf('Sector')).max(50).default([]),
    technologies: z.array(nodeIdOf('Technology')).max(50).default([]),
    regions: z.array(nodeIdOf('Region')).max(20).default([]),
    helix: z.array(helixSchema).max(HELICES.length).default([]),
  })
  .refine((n) => n.sectors.length + n.technologies.length + n.regions.length + n.helix.length > 0, 'must name at least one sector, technology, region or helix');

export const partnersBody = (maxLimit: number) =>
  z
    .strictObject({
      actor: nodeIdOf('Actor').optional(),
      actors: z.array(nodeIdOf('Actor')).min(1).max(50).optional(),
      need: needSchema.optional(),
      weights: weightsSchema.optional(),
      limit: z.number().int().min(1).max(Math.min(MAX_SUGGESTIONS, maxLimit)).default(Math.min(20, maxLimit)),
      /** Within a period (`2015`, `2014-2016`): candidates, scores, introducers and evidence from its links, participations and projects only. */
      ...periodFields,
    })
    .superRefine((v, ctx) => {
      const given = [v.actor, v.actors, v.need].filter((x) => x !== undefined).length;
      if (given !== 1) ctx.addIssue({ code: 'custom', path: ['actor'], message: 'give exactly one of actor, actors or need' });
    });

// Every reason names who asked: `who` is the asker's name, or empty for a group or a need (then
// `whoKind` says which). `names` and `helices` are lists the reader's language joins.
const asked = { who: z.string(), whoKind: z.enum(['actor', 'group', 'need']) };
/** The most names one reason carries. */
export const REASON_NAMES = 10;
/**
 * At most REASON_NAMES names (shared partners strongest first); `total` says how many there are
 * when the list was cut (a hub shares hundreds of partners with another: the text reads "a, b, c
 * and 228 more" either way).
 */
const names = z.array(z.string()).max(REASON_NAMES);
const total = z.number().int().optional();
const reason = <C extends string, P extends z.ZodRawShape>(component: ComponentName, code: C, params: P) =>
  z.object({ component: z.literal(component), code: z.literal(code), params: z.object({ ...asked, ...params }), text: z.string() });

export const reasonSchema = z.discriminatedUnion('code', [
  reason('topical', 'sharedTopics', { names, total }),
  reason('topical', 'relatedTopic', { names }),
  reason('topical', 'relatedTopics', { names, total }),
  reason('topical', 'policy', { names }),
  reason('topical', 'policies', { names, total }),
  reason('proximity', 'sharedPartner', { count: z.number(), names }),
  reason('proximity', 'sharedPartners', { count: z.number(), names, total }),
  reason('proximity', 'trustedOne', { names }),
  reason('proximity', 'trustedMany', { names, total }),
  reason('complementarity', 'askedHelix', { helix: helixSchema }),
  reason('complementarity', 'bringsHelix', { helix: helixSchema }),
  reason('complementarity', 'bridges', { names: z.array(helixSchema) }),
  reason('activity', 'activeProject', { count: z.number(), year: z.number() }),
  reason('activity', 'activeProjects', { count: z.number(), year: z.number() }),
  reason('activity', 'activeInitiative', { count: z.number() }),
  reason('activity', 'activeInitiatives', { count: z.number() }),
  reason('geography', 'sharedRegion', { region: z.string() }),
  reason('geography', 'sameCountry', { country: z.string() }),
  reason('geography', 'benchmarkRegion', { region: z.string() }),
]);
export type Reason = z.infer<typeof reasonSchema>;
export type ReasonCode = Reason['code'];
export const REASON_CODES = reasonSchema.options.map((o) => o.shape.code.value) as ReasonCode[];
type ParamOf<P, K extends PropertyKey> = P extends unknown ? (K extends keyof P ? P[K] : never) : never;
type AnyParams<P> = { [K in P extends unknown ? keyof P : never]?: ParamOf<P, K> };
/** A reason as a reader that may not know its code (a newer server's) takes it: any code, every parameter optional. */
export type AnyReason = { component: ComponentName; code: ReasonCode | (string & {}); params: AnyParams<Reason['params']>; text: string };
/** The parameters of one reason code, without who asked (the explainer adds that). */
export type ReasonParams<C extends ReasonCode> = Omit<Extract<Reason, { code: C }>['params'], 'who' | 'whoKind'>;

export const introducerSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Geometric mean of the two links' strengths. */
  strength: z.number(),
  toAsker: z.number(),
  toCandidate: z.number(),
});
export const evidenceSchema = z.object({
  sharedPartners: z.array(z.string()),
  sharedTopics: z.array(z.string()),
  relatedTopics: z.array(z.string()),
  policies: z.array(z.string()),
  projects: z.array(z.string()),
  /** A shortest chain of ties from the asker to the candidate (element ids), when one exists. */
  path: z.array(z.string()),
});
export const suggestionSchema = z.object({
  rank: z.number(),
  id: z.string(),
  name: z.string(),
  helix: z.string().optional(),
  kind: z.string().optional(),
  country: z.string().optional(),
  score: z.number(),
  components: componentsSchema,
  reasons: z.array(reasonSchema),
  introducers: z.array(introducerSchema),
  evidence: evidenceSchema,
  graph: graphElementsSchema,
});
/** The learned ranker: when it was trained, on which split years of the graph's own history, and its training figures. */
export const trainedModelSchema = z.object({
  trainedAt: z.string(),
  /** Features from the graph before each year, labels (first partnerships) from it on. */
  splitYears: z.array(z.number()),
  /** What it was trained on: the all-years network as read at `readAt` (ISO date), with so many actors and projects. */
  data: z.object({ readAt: z.string(), actors: z.number(), projects: z.number() }),
  figures: z.object({ askers: z.number(), positives: z.number(), negatives: z.number(), trainingAuc: z.number() }),
});
export type TrainedModel = z.infer<typeof trainedModelSchema>;

/**
 * GET /api/partners/model: the learned ranker for the current data. `training` while it is fitted
 * (off the event loop), `ready` once it ranks requests without weights, `none` when the data has no
 * dated history to learn from or training failed (`why`).
 */
export const partnerModelSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('training'), since: z.string() }),
  z.object({ state: z.literal('ready'), model: trainedModelSchema }),
  z.object({ state: z.literal('none'), why: z.enum(['noHistory', 'failed', 'notRead']), message: z.string() }),
]);
export type PartnerModelState = z.infer<typeof partnerModelSchema>;

export const RANKINGS = ['learned', 'weights'] as const;
export type Ranking = (typeof RANKINGS)[number];

export const partnerAnswerSchema = z.object({
  asker: z.array(z.object({ id: z.string(), name: z.string() })),
  suggestions: z.array(suggestionSchema),
  summary: z.object({
    candidates: z.number(),
    returned: z.number(),
    /**
     * Which ranking ordered the suggestions: `learned` (a request by actor or group over all years,
     * without weights, once the model for the current data is ready: the model's and the weighted
     * rank blended, as evaluated) or `weights` (the weighted mean of the components with `weights`).
     */
    ranking: z.enum(RANKINGS),
    /** The learned ranker, when `ranking` is `learned`. */
    model: trainedModelSchema.optional(),
    weights: componentsSchema,
    period: periodSummarySchema.optional(),
  }),
});

export type PartnersRequest = z.output<ReturnType<typeof partnersBody>>;
/** POST /api/partners as the client sends it (defaults not yet filled in). */
export type PartnersRequestInput = z.input<ReturnType<typeof partnersBody>>;
export type Introducer = z.infer<typeof introducerSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type PartnerAnswer = z.infer<typeof partnerAnswerSchema>;
