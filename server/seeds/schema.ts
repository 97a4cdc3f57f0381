import { z } from 'zod';
import {
  ACTOR_KINDS,
  HELICES,
  POLICY_KINDS,
  POLICY_LEVELS,
  REGION_LEVELS,
  RELATIONSHIPS,
  SECTOR_KINDS,
  type NodeLabel,
  type RelType,
} from '../graph/model.ts';

// Shapes of the files in seeds/. Types are inferred from these schemas, never written twice.

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+([._-][a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, separated by - _ or .)');

const text = z.string().trim().min(1, 'must not be empty');

export const mentionSchema = z.strictObject({
  doc: idSchema,
  section: text,
  quote: text,
});

const nodeBase = {
  id: idSchema,
  name: text,
  nameEn: text.optional(),
  aliases: z.array(text).optional(),
  description: text.optional(),
  mentions: z.array(mentionSchema).min(1, 'every record cites at least one source document'),
  inferred: z.boolean().optional(),
  reason: text.optional(),
};

const year = z.number().int().min(1800).max(2100);

export const documentSchema = z.strictObject({
  id: idSchema,
  name: text,
  nameEn: text.optional(),
  title: text,
  publisher: text,
  year: year,
  file: text,
});

export const actorSchema = z.strictObject({
  ...nodeBase,
  helix: z.enum(HELICES),
  kind: z.enum(ACTOR_KINDS),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 two-letter code'),
  website: text.optional(),
});

export const sectorSchema = z.strictObject({
  ...nodeBase,
  kind: z.enum(SECTOR_KINDS),
  nace: text.optional(),
});

export const technologySchema = z.strictObject({
  ...nodeBase,
  ket: z.boolean(),
});

export const regionSchema = z.strictObject({
  ...nodeBase,
  level: z.enum(REGION_LEVELS),
  code: text.optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
});

export const policySchema = z.strictObject({
  ...nodeBase,
  kind: z.enum(POLICY_KINDS),
  level: z.enum(POLICY_LEVELS),
  year: year.optional(),
});

export const projectSchema = z.strictObject({
  ...nodeBase,
  acronym: text.optional(),
  start: text.optional(),
  end: text.optional(),
  programme: text.optional(),
  kind: text.optional(),
});

/** Sector key figures. `sector` and `region` become OF_SECTOR and IN_REGION links. */
export const observationSchema = z.strictObject({
  ...nodeBase,
  metric: text,
  year: year,
  value: z.number().nullable(),
  printed: z.string(),
  unit: text,
  sector: idSchema,
  region: idSchema,
});

const linkTypes = Object.keys(RELATIONSHIPS).filter(
  (t) => !['MENTIONED_IN', 'OF_SECTOR', 'IN_REGION'].includes(t),
) as [RelType, ...RelType[]];

/** Properties a link may carry, per relationship type, beyond the provenance every link has. */
export const LINK_PROPS: Partial<Record<RelType, readonly string[]>> = {
  COLLABORATES_WITH: ['kind', 'weight', 'since', 'until'],
  MEMBER_OF: ['role'],
  FOUNDED: ['year'],
  PARTICIPATES_IN: ['role', 'ecContribution'],
};

export const linkSchema = z
  .strictObject({
    type: z.enum(linkTypes),
    from: idSchema,
    to: idSchema,
    sources: z.array(idSchema).min(1, 'every link cites at least one source document'),
    evidence: text,
    inferred: z.boolean().optional(),
    reason: text.optional(),
    kind: text.optional(),
    role: text.optional(),
    weight: z.number().positive().optional(),
    since: year.optional(),
    until: year.optional(),
    year: year.optional(),
    ecContribution: z.number().nonnegative().optional(),
  })
  .superRefine((link, ctx) => {
    const allowed = new Set(LINK_PROPS[link.type] ?? []);
    for (const key of ['kind', 'role', 'weight', 'since', 'until', 'year', 'ecContribution'] as const) {
      if (link[key] !== undefined && !allowed.has(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `is not a property of ${link.type}` });
      }
    }
    if (link.inferred && !link.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an inferred link must say why (reason)' });
    }
  });

export type SeedDocument = z.infer<typeof documentSchema>;
export type SeedLink = z.infer<typeof linkSchema>;
export type Mention = z.infer<typeof mentionSchema>;

/** The node files of seeds/ and the label their records get. */
export const NODE_FILES = {
  'documents.json': { label: 'Document', schema: documentSchema },
  'actors.json': { label: 'Actor', schema: actorSchema },
  'sectors.json': { label: 'Sector', schema: sectorSchema },
  'technologies.json': { label: 'Technology', schema: technologySchema },
  'regions.json': { label: 'Region', schema: regionSchema },
  'policies.json': { label: 'Policy', schema: policySchema },
  'projects.json': { label: 'Project', schema: projectSchema },
  'observations.json': { label: 'Observation', schema: observationSchema },
} as const satisfies Record<string, { label: NodeLabel; schema: z.ZodType }>;

export type NodeFile = keyof typeof NODE_FILES;
