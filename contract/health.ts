import { z } from 'zod';

export const graphCountsSchema = z.object({
  nodes: z.record(z.string(), z.number()),
  relationships: z.record(z.string(), z.number()),
});

/** GET /api/health (503 with the same shape when Neo4j cannot be reached). */
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  neo4j: z.object({ reachable: z.boolean(), version: z.string().optional(), edition: z.string().optional(), error: z.string().optional() }),
  counts: graphCountsSchema.optional(),
});

/** GET /api/openapi.json: only its frame is checked here. */
export const openApiSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export type GraphCounts = z.infer<typeof graphCountsSchema>;
export type Health = z.infer<typeof healthSchema>;
