import { z } from 'zod';
import { ACTOR_KINDS, HELICES, NODE_LABELS, REL_TYPES, actorKindSchema, helixSchema, nodeLabelSchema, relTypeSchema } from './enums.ts';
import { graphElementsSchema } from './graph.ts';
import { csvList, nodeIdOf, nodeIdSchema, queryInt } from './ids.ts';
import { periodFields, periodSummarySchema } from './period.ts';

// Exploring the graph: overview, one node, expanding, paths, search and the schema.
// Request schemas that depend on the server's HELIX_RESULT_LIMIT are functions of it.

/** The most paths and the longest path GET /api/paths looks for. */
export const MAX_PATHS = 5;
export const MAX_HOPS = 6;

// GET /api/overview
export const overviewQuery = (maxLimit: number) =>
  z.strictObject({ limit: z.coerce.number().int().min(1).max(maxLimit).default(Math.min(2000, maxLimit)), ...periodFields });
export const overviewSchema = graphElementsSchema.extend({
  /** `total`: the domain nodes there are in all (in the period); `nodes` holds the most connected of them first. */
  summary: z.object({ nodes: z.number(), edges: z.number(), limit: z.number(), truncated: z.boolean(), total: z.number(), period: periodSummarySchema.optional() }),
});

// GET /api/nodes/{id}
export const nodeParams = z.strictObject({ id: nodeIdSchema });
export const provenanceSchema = z.object({
  document: z.object({ id: z.string(), title: z.string().nullish(), file: z.string().nullish(), year: z.number().nullish(), publisher: z.string().nullish() }),
  section: z.string().nullish(),
  quote: z.string().nullish(),
});
export const nodeDetailSchema = z.object({
  node: z.object({ id: z.string(), key: z.string(), label: z.string(), type: nodeLabelSchema, props: z.record(z.string(), z.unknown()) }),
  neighbours: z.object({ byLabel: z.record(z.string(), z.number()), byType: z.record(z.string(), z.number()) }),
  provenance: z.array(provenanceSchema),
});

// POST /api/expand
const idList = (label: 'Sector' | 'Technology' | 'Region') => z.array(nodeIdOf(label)).max(50).optional();
export const expandBody = (maxLimit: number) =>
  z.strictObject({
    ids: z.array(nodeIdSchema).min(1).max(50),
    hops: z.number().int().min(1).max(3).default(1),
    labels: z.array(nodeLabelSchema).max(NODE_LABELS.length).optional(),
    helix: z.array(helixSchema).max(HELICES.length).optional(),
    kinds: z.array(actorKindSchema).max(ACTOR_KINDS.length).optional(),
    sectors: idList('Sector'),
    technologies: idList('Technology'),
    regions: idList('Region'),
    relTypes: z.array(relTypeSchema).max(REL_TYPES.length).optional(),
    minWeight: z.number().finite().min(0).max(1e9).optional(),
    limit: z.number().int().min(1).max(maxLimit).default(Math.min(200, maxLimit)),
    ...periodFields,
  });
export const cutSchema = z.object({ nodes: z.number(), reason: z.string() });
export const expandedSchema = graphElementsSchema.extend({
  summary: z.object({ nodes: z.number(), edges: z.number(), hops: z.number(), limit: z.number(), cut: cutSchema.nullable(), period: periodSummarySchema.optional() }),
});

// GET /api/paths
export const pathsQuery = z.strictObject({
  from: nodeIdSchema,
  to: nodeIdSchema,
  k: queryInt(1, MAX_PATHS).default(3),
  maxHops: queryInt(1, MAX_HOPS).default(MAX_HOPS),
  only: z.enum(['collaboration']).optional(),
  avoidHelix: csvList(helixSchema, HELICES.length).optional(),
  ...periodFields,
});
export const pathSchema = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()), hops: z.number() });
export const pathsSchema = graphElementsSchema.extend({
  paths: z.array(pathSchema),
  summary: z.object({ paths: z.number(), searched: z.object({ nodes: z.number(), truncated: z.boolean() }), period: periodSummarySchema.optional() }),
});

// GET /api/schema
export const schemaInfoSchema = z.object({
  labels: z.array(z.object({ label: nodeLabelSchema, count: z.number(), properties: z.array(z.string()) })),
  relationshipTypes: z.array(z.object({ type: relTypeSchema, count: z.number(), properties: z.array(z.string()) })),
  propertyKeys: z.array(z.string()),
});

// GET /api/search
export const SEARCHABLE_LABELS = NODE_LABELS.filter((l) => l !== 'Observation');
export const searchQuery = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(200),
  types: csvList(z.enum(SEARCHABLE_LABELS), SEARCHABLE_LABELS.length).optional(),
  limit: queryInt(1, 100).default(20),
});
export const searchHitSchema = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  nameEn: z.string().optional(),
  type: nodeLabelSchema,
  helix: z.string().optional(),
  kind: z.string().optional(),
  score: z.number(),
});
export const searchSchema = z.object({
  results: z.array(searchHitSchema),
  summary: z.object({ q: z.string(), count: z.number() }),
});

export type ExpandRequest = z.output<ReturnType<typeof expandBody>>;
export type Expanded = z.infer<typeof expandedSchema>;
export type Overview = z.infer<typeof overviewSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type NodeDetail = z.infer<typeof nodeDetailSchema>;
export type PathsRequest = z.output<typeof pathsQuery>;
/** GET /api/paths as the client asks it: the query string's values before parsing (numbers as numbers). */
export type PathsQueryInput = Omit<z.input<typeof pathsQuery>, 'k' | 'maxHops'> & { k?: number; maxHops?: number };
export type PathsResult = z.infer<typeof pathsSchema>;
export type SchemaInfo = z.infer<typeof schemaInfoSchema>;
export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchResult = z.infer<typeof searchSchema>;
