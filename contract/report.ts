import { z } from 'zod';
import { brokerageCountsSchema, checkScopeId, helixMatrixSchema } from './analysis.ts';
import { helixSchema } from './enums.ts';
import { nodeIdSchema } from './ids.ts';
import { periodFields, periodSummarySchema } from './period.ts';
import { MAP_MEASURES } from './regions.ts';
import { shiftShareSchema, specialisationSchema } from './specialisation.ts';
import { synergySchema } from './synergy.ts';

// GET /api/report: the data behind the printable ecosystem report of a sector or a region. Every
// figure carries where it comes from: a document and its table, or the graph itself (`dataset`).

export const REPORT_SCOPES = ['sector', 'region'] as const;
export const REPORT_LANGS = ['en', 'nl'] as const;
/** How many actors the report lists as central, as brokers and as pairs to introduce. */
export const REPORT_TOP = 10;

export const ecosystemReportQuery = z
  .strictObject({ scope: z.enum(REPORT_SCOPES), id: nodeIdSchema, lang: z.enum(REPORT_LANGS).default('en'), ...periodFields })
  .superRefine(checkScopeId);

/** Where a figure comes from: a seed document (title, table) or the graph's own data (the documents its records were imported from). */
export const citationSchema = z.object({ document: z.string().nullable(), table: z.string().nullable(), dataset: z.string().nullable() });

const actorRef = z.object({ id: z.string(), label: z.string(), helix: z.string().nullable() });

/** The report's map: a sector's actors per NUTS region (the finest level placing most of them), or a region among its country's regions coloured by its first specialisation, as GET /api/regions/map answers them. */
export const reportMapSchema = z.object({
  level: z.number(),
  measure: z.enum(MAP_MEASURES),
  /** measure lq: the category whose location quotients colour the map. */
  category: z.object({ id: z.string(), label: z.string() }).nullable(),
  /** The country the map is drawn around (NUTS id). */
  focus: z.string(),
  /** The report's region (NUTS id), outlined. */
  highlight: z.string().nullable(),
  regions: z.array(z.object({ id: z.string(), name: z.string(), value: z.number().nullable() })),
});

export const ecosystemReportSchema = z.object({
  scope: z.object({ kind: z.enum(REPORT_SCOPES), id: z.string(), label: z.string(), labelEn: z.string().nullable() }),
  lang: z.enum(REPORT_LANGS),
  generatedAt: z.string(),
  period: periodSummarySchema.optional(),
  /** The scope's key figures (a sector's own and its sub-sectors'; a region's own and its sub-regions'). */
  keyFigures: z.array(
    z.object({
      /** The observation's own name ("<metric> – <sector> (<region>)"), in Dutch and English. */
      name: z.string().nullable(),
      nameEn: z.string().nullable(),
      metric: z.string(),
      value: z.number().nullable(),
      unit: z.string().nullable(),
      printed: z.string().nullable(),
      year: z.number().nullable(),
      subject: z.string(),
      region: z.string().nullable(),
      source: citationSchema,
    }),
  ),
  helix: z.object({
    actors: z.record(z.string(), z.number()),
    isolated: z.record(z.string(), z.number()),
    matrix: helixMatrixSchema,
    ties: z.number(),
    crossShare: z.number().nullable(),
    ei: z.number().nullable(),
    missing: z.array(helixSchema),
    thin: z.array(z.object({ helix: helixSchema, actors: z.number(), isolated: z.number(), reasons: z.array(z.string()) })),
    /** The scope was cut to its most connected actors (the figures describe those). */
    truncated: z.boolean(),
    source: citationSchema,
  }),
  /** T(UIG) of the scope's records, as GET /api/synergy answers it. */
  synergy: synergySchema,
  /** For a region: its location quotients against its country (participations by programme part, or actors by sector where it has no participations), as GET /api/specialisation answers them; null for a sector. */
  specialisation: specialisationSchema.nullable(),
  /** For a region and a period of two years or more: the shift-share of its first half to its second in the specialisation's measure, as GET /api/shift-share answers it; else null. */
  shiftShare: shiftShareSchema.nullable(),
  /** The map (null where the scope has no NUTS region or no located actors). */
  map: reportMapSchema.nullable(),
  central: z.array(actorRef.extend({ degree: z.number(), betweenness: z.number(), pagerank: z.number() })),
  brokers: z.array(actorRef.extend({ roles: brokerageCountsSchema })),
  /** Sectors sharing actors or projects with the sector, as the Cross-sector view counts them; for a region, the sectors holding most of its actors (`projects` null). */
  sectors: z.array(z.object({ id: z.string(), label: z.string(), actors: z.number(), projects: z.number().nullable() })),
  /** Pairs of the scope's actors in different helices, not yet linked, that the partner finder ranks high. */
  introductions: z.array(z.object({ a: actorRef, b: actorRef, score: z.number(), introducer: z.string().nullable() })),
  policies: z.array(z.object({ id: z.string(), label: z.string(), level: z.string().nullable(), issuer: z.string().nullable(), source: citationSchema })),
  technologies: z.array(z.object({ id: z.string(), label: z.string(), ket: z.boolean() })),
  /** Every document and dataset the report cites. */
  sources: z.array(z.object({ id: z.string(), title: z.string(), publisher: z.string().nullable(), year: z.number().nullable() })),
});

export type EcosystemReportQuery = z.infer<typeof ecosystemReportQuery>;
export type EcosystemReport = z.infer<typeof ecosystemReportSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type ReportMap = z.infer<typeof reportMapSchema>;
