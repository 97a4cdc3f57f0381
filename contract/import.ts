import { z } from 'zod';

// Imports over the API (/api/import…): the files' validation report, the background job that
// writes them, the CORDIS connector's extra answer, and the file templates.

/** Every import file's name: one per label, one per relationship type a file may hold. */
export const IMPORT_TEMPLATES = [
  'actors.csv',
  'sectors.csv',
  'technologies.csv',
  'regions.csv',
  'policies.csv',
  'projects.csv',
  'documents.csv',
  'observations.csv',
  'collaborates_with.csv',
  'member_of.csv',
  'founded.csv',
  'active_in.csv',
  'develops.csv',
  'enabled_by.csv',
  'part_of.csv',
  'related_to.csv',
  'located_in.csv',
  'participates_in.csv',
  'targets.csv',
  'uses.csv',
  'funded_by.csv',
  'issued.csv',
  'covers.csv',
  'prioritises.csv',
  'same_as.csv',
  // Regional statistics, read into Observations (docs/import-format.md).
  'statistics.csv',
] as const;
export type ImportTemplate = (typeof IMPORT_TEMPLATES)[number];

/** The files of the older tidy CORDIS H2020 extract the connector also reads. */
export const CORDIS_FILES = { participations: 'organizations.csv', projects: 'projects.csv', names: 'organization-names.csv' } as const;
/** The publisher's CORDIS "projects" archives (FP7, H2020, Horizon Europe) and the tables read from them. */
export const CORDIS_ARCHIVES = ['cordis-fp7projects-csv.zip', 'cordis-h2020projects-csv.zip', 'cordis-HORIZONprojects-csv.zip'] as const;
export const CORDIS_TABLES = { organisations: 'organization.csv', projects: 'project.csv' } as const;
export const DEFAULT_MAX_CONSORTIUM = 100;

export const importQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });
export const cordisQuery = importQuery.extend({ maxConsortium: z.coerce.number().int().min(2).max(10_000).default(DEFAULT_MAX_CONSORTIUM) });
export const jobParams = z.strictObject({ id: z.uuid('must be an import job id') });
export const templateParams = z.strictObject({ file: z.enum(IMPORT_TEMPLATES, { message: `must be one of ${IMPORT_TEMPLATES.join(', ')}` }) });
/** The multipart body: the files, named after their label or relationship type. */
export const uploadBody = z.object({ files: z.array(z.string()).describe('the import files (CSV or JSON), named after their label or relationship type') });

export const importProblemSchema = z.object({
  file: z.string(),
  /** CSV: the row number a spreadsheet shows (the header is row 1); JSON: the record number. */
  row: z.number().optional(),
  column: z.string().optional(),
  value: z.unknown().optional(),
  message: z.string(),
});
export const reportSchema = z.object({
  ok: z.boolean(),
  files: z.array(z.object({ file: z.string(), target: z.string(), rows: z.number() })),
  rows: z.number(),
  problems: z.array(importProblemSchema),
  /** All problems found; only the first few thousand are listed. */
  problemCount: z.number(),
});
export const matchSchema = z.object({
  from: z.string(),
  fromName: z.string(),
  to: z.string(),
  toName: z.string(),
  /** 1 for a confident match; the name similarity for one to review. */
  score: z.number(),
  reason: z.string(),
});
/** What a CORDIS import read from one archive or folder. */
export const cordisInputSchema = z.object({
  input: z.string(),
  layout: z.enum(['publisher', 'tidy']),
  programmes: z.array(z.string()),
  files: z.array(z.object({ file: z.string(), rows: z.number() })),
  /** Tables of the archive the import does not use. */
  unusedTables: z.array(z.string()),
  contentFrom: z.string().optional(),
  contentTo: z.string().optional(),
});
export const cordisInfoSchema = z.object({
  stats: z.record(z.string(), z.number()),
  review: z.array(matchSchema),
  /** The confident matches, linked SAME_AS, listed so that a person can check them. */
  sameAs: z.array(matchSchema).optional(),
  inputs: z.array(cordisInputSchema).optional(),
  /** NUTS codes of older versions than NUTS 2021, kept as given. */
  oldNutsCodes: z.array(z.string()).optional(),
  /** The Document the import cites. */
  document: z.string().optional(),
});

/** POST /api/import and /api/import/cordis: 200 for a dry run, 202 with the job id otherwise. */
export const importAnswerSchema = z.object({ dryRun: z.boolean(), jobId: z.string().optional(), report: reportSchema, cordis: cordisInfoSchema.optional() });

export const outcomesSchema = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
export const writeSummarySchema = z.object({
  /** Per label or relationship type. */
  written: z.record(z.string(), outcomesSchema),
  rows: z.number(),
  ms: z.number(),
  rowsPerSecond: z.number(),
  /** Staged in this many transactions; absent when written in one transaction. */
  stagedBatches: z.number().optional(),
  /** Rows created through batch files LOAD CSV read (the project's own Neo4j); the others went as parameters. */
  rowsViaFiles: z.number(),
});
export const jobSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  startedAt: z.string(),
  progress: z.object({ done: z.number(), total: z.number(), file: z.string().optional() }),
  report: reportSchema,
  summary: writeSummarySchema.optional(),
  cordis: cordisInfoSchema.optional(),
  error: z.string().optional(),
});
export const templateColumnSchema = z.object({ name: z.string(), required: z.boolean() });
export const templatesSchema = z.object({
  files: z.array(z.enum(IMPORT_TEMPLATES)),
  /** Each file: the label or relationship type it holds and its columns, in the template's order. */
  templates: z.array(z.object({ file: z.enum(IMPORT_TEMPLATES), holds: z.string(), columns: z.array(templateColumnSchema) })),
});

export type ImportProblem = z.infer<typeof importProblemSchema>;
export type ValidationReport = z.infer<typeof reportSchema>;
export type Match = z.infer<typeof matchSchema>;
export type CordisInfo = z.infer<typeof cordisInfoSchema>;
export type ImportAnswer = z.infer<typeof importAnswerSchema>;
export type ImportTemplates = z.infer<typeof templatesSchema>;
export type Outcomes = z.infer<typeof outcomesSchema>;
export type WriteSummary = z.infer<typeof writeSummarySchema>;
export type ImportJobAnswer = z.infer<typeof jobSchema>;
