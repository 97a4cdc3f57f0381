import { isGeoPoint, type GeoPoint } from '../db/values.ts';
import { z } from 'zod';
import {
  ACTOR_KINDS,
  HELICES,
  POLICY_KINDS,
  POLICY_LEVELS,
  REGION_LEVELS,
  SECTOR_KINDS,
  type NodeLabel,
  type RelType,
} from '../graph/model.ts';

// Field definitions of every node label and link, shared by the seed files (server/seeds/schema.ts)
// and the import rows (server/importer/rows.ts): a field is defined here once.

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+([._-][a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, separated by - _ or .)');

export const text = z.string().trim().min(1, 'must not be empty');
export const year = z.number().int().min(1800).max(2100);
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 two-letter code');

/** Fields every node but a Document has (provenance comes on top, differently for seeds and imports). */
export const NODE_BASE_FIELDS = {
  id: idSchema,
  name: text,
  nameEn: text.optional(),
  aliases: z.array(text).optional(),
  description: text.optional(),
  inferred: z.boolean().optional(),
  reason: text.optional(),
};

export const DOCUMENT_FIELDS = {
  id: idSchema,
  name: text,
  nameEn: text.optional(),
  title: text,
  publisher: text,
  year: year,
  file: text,
  /** What an import read (CORDIS): programmes, archives or folders, rows, the publisher's update dates, when. */
  programme: text.optional(),
  archive: text.optional(),
  rowsRead: z.number().int().nonnegative().optional(),
  contentFrom: text.optional(),
  contentTo: text.optional(),
  importedAt: text.optional(),
};

const money = z.number().nonnegative();

/** The fields of each label beyond the node base (Documents have their own complete set above). */
export const LABEL_FIELDS = {
  Actor: {
    helix: z.enum(HELICES),
    kind: z.enum(ACTOR_KINDS),
    country: countryCode.optional(),
    website: text.optional(),
    /** The participant identification code (CORDIS PIC). */
    pic: text.optional(),
    /** The country code as CORDIS prints it where it is not the ISO one (EL, UK). */
    cordisCountry: text.optional(),
    city: text.optional(),
    /** A Neo4j point (WGS 84), from CORDIS `geolocation`. */
    location: z.custom<GeoPoint>(isGeoPoint, 'must be a point').optional(),
  },
  Sector: { kind: z.enum(SECTOR_KINDS), nace: text.optional() },
  Technology: { ket: z.boolean() },
  Region: { level: z.enum(REGION_LEVELS), code: text.optional(), country: countryCode.optional(), nutsLevel: z.number().int().min(0).max(3).optional() },
  Policy: { kind: z.enum(POLICY_KINDS), level: z.enum(POLICY_LEVELS), year: year.optional() },
  Project: {
    acronym: text.optional(),
    start: text.optional(),
    end: text.optional(),
    programme: text.optional(),
    kind: text.optional(),
    totalCost: money.optional(),
    ecMaxContribution: money.optional(),
    title: text.optional(),
    status: text.optional(),
    legalBasis: text.optional(),
    topics: text.optional(),
    fundingScheme: text.optional(),
    /** Natural persons among the participants, counted but not imported (CORDIS, Horizon Europe). */
    anonymousParticipants: z.number().int().nonnegative().optional(),
  },
  /** Sector key figures. `sector` and `region` become OF_SECTOR and IN_REGION links. */
  Observation: {
    metric: text,
    year: year,
    value: z.number().nullable(),
    printed: z.string(),
    unit: text,
    sector: idSchema,
    region: idSchema,
  },
} as const satisfies Record<Exclude<NodeLabel, 'Document'>, z.ZodRawShape>;

/** Node fields that name another node and become a link of the given type. */
export const REFERENCE_FIELDS: Partial<Record<NodeLabel, Record<string, { type: RelType; label: NodeLabel }>>> = {
  Observation: { sector: { type: 'OF_SECTOR', label: 'Sector' }, region: { type: 'IN_REGION', label: 'Region' } },
};

/** Provenance and annotation every link has. */
export const LINK_BASE_FIELDS = {
  sources: z.array(idSchema).min(1, 'every link cites at least one source document'),
  evidence: text,
  inferred: z.boolean().optional(),
  reason: text.optional(),
};

/** A project's years as "start-end" (the start year twice for a project of one year). */
const projectYears = z.array(z.string().regex(/^\d{4}-\d{4}$/, 'expected "start-end" years, e.g. 2016-2019')).min(1);

/** Properties some link types carry. */
export const LINK_PROP_FIELDS = {
  kind: text.optional(),
  role: text.optional(),
  weight: z.number().positive().optional(),
  since: year.optional(),
  until: year.optional(),
  year: year.optional(),
  ecContribution: money.optional(),
  /** Co-participation pairs: the number of shared projects per framework programme. */
  fp7Projects: z.number().int().nonnegative().optional(),
  h2020Projects: z.number().int().nonnegative().optional(),
  horizonProjects: z.number().int().nonnegative().optional(),
  /** …and the years ("start-end") of each dated one, from which its weight in a period is counted. */
  fp7ProjectYears: projectYears.optional(),
  h2020ProjectYears: projectYears.optional(),
  horizonProjectYears: projectYears.optional(),
  /** The years of every shared project whatever its programme; read instead of the lists above when present. */
  projectYears: projectYears.optional(),
};
export type LinkProp = keyof typeof LINK_PROP_FIELDS;

/** Properties a link may carry, per relationship type, beyond the provenance every link has. */
export const LINK_PROPS: Partial<Record<RelType, readonly LinkProp[]>> = {
  COLLABORATES_WITH: ['kind', 'weight', 'since', 'until', 'fp7Projects', 'h2020Projects', 'horizonProjects', 'fp7ProjectYears', 'h2020ProjectYears', 'horizonProjectYears', 'projectYears'],
  MEMBER_OF: ['role'],
  FOUNDED: ['year'],
  PARTICIPATES_IN: ['role', 'ecContribution', 'since', 'until'],
  SAME_AS: ['kind'],
};

/** Types stored once per pair, in a canonical direction (the smaller id first). */
export const UNDIRECTED_TYPES: readonly RelType[] = ['COLLABORATES_WITH', 'RELATED_TO'];

export function canonicalEnds(type: RelType, from: string, to: string): [string, string] {
  return UNDIRECTED_TYPES.includes(type) && to < from ? [to, from] : [from, to];
}

/** An inferred record must say why. */
export function requireReason(what: 'link' | 'record', value: { inferred?: boolean; reason?: string }, ctx: z.RefinementCtx): void {
  if (value.inferred && !value.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: `an inferred ${what} must say why (reason)` });
}
