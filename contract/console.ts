import { z } from 'zod';
import { graphElementsSchema } from './graph.ts';
import { nestsDeeperThan } from './json-depth.ts';
import { problemSchema } from './problem.ts';

// The Cypher console (/api/console/…) and researchers' saved queries (/api/saved-queries).

// Each check stops the next (abort): the size is measured with JSON.stringify, which must never
// see a value nested too deep for the stack.
export const consoleParamsSchema = z
  .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'parameter names are letters, digits and _').max(100), z.unknown())
  .refine((p) => Object.keys(p).length <= 100, { message: 'at most 100 parameters', abort: true })
  .refine((p) => !nestsDeeperThan(p, 12), { message: 'parameters nest at most 10 levels deep', abort: true })
  .refine((p) => JSON.stringify(p).length <= 100_000, { message: 'parameters are at most 100 000 characters of JSON', abort: true });

// POST /api/console/query
export const consoleQueryBody = (maxLimit: number) =>
  z.strictObject({
    query: z.string().trim().min(1, 'write a query').max(20_000, 'at most 20 000 characters'),
    params: consoleParamsSchema.default({}),
    maxRows: z.number().int().min(1).max(maxLimit).optional(),
  });

/** A value of a console row as JSON (see README, "Cypher console": integers, temporals, nodes …). */
export type Value = null | boolean | number | string | Value[] | { [k: string]: Value };
export const valueSchema: z.ZodType<Value> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(valueSchema), z.record(z.string(), valueSchema)]));

export const consoleResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), valueSchema)),
  elements: graphElementsSchema,
  summary: z.object({
    rows: z.number(),
    nodes: z.number(),
    edges: z.number(),
    planMs: z.number(),
    runMs: z.number(),
    /** Set when the result was cut; says where and why. */
    truncated: z.object({ by: z.enum(['rows', 'bytes']), message: z.string() }).optional(),
  }),
});

/** Where in the query text an error or a refusal is. */
export const positionSchema = z.object({ line: z.number(), column: z.number(), offset: z.number() });

/** A refused or failed console query: the problem with Neo4j's code, the guard's rule and where in the query. */
export const consoleProblemSchema = problemSchema.extend({ code: z.string().optional(), rule: z.string().optional(), position: positionSchema.optional() });

// GET /api/console/schema
export const consoleSchemaSchema = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
  procedures: z.array(z.object({ name: z.string(), signature: z.string(), description: z.string() })),
  functions: z.array(z.object({ name: z.string(), signature: z.string() })),
});

// GET /api/console/examples
/** An example of the library; `nl` holds its title and description in Dutch. */
export const exampleSchema = z.object({ name: z.string(), title: z.string(), description: z.string(), query: z.string(), nl: z.object({ title: z.string(), description: z.string() }) });
export const examplesSchema = z.object({ examples: z.array(exampleSchema) });

// /api/saved-queries
export const savedQueryBody = z.strictObject({
  title: z.string().trim().min(1, 'give the query a title').max(200),
  description: z.string().trim().max(2000).default(''),
  query: z.string().trim().min(1).max(20_000),
  params: consoleParamsSchema.default({}),
});
export const savedQueryParams = z.strictObject({ id: z.uuid('must be the id of a saved query') });
export const savedQuerySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  query: z.string(),
  params: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export const savedQueriesSchema = z.object({ writable: z.boolean(), items: z.array(savedQuerySchema) });

export type ConsoleRequest = z.output<ReturnType<typeof consoleQueryBody>>;
export type ConsoleResult = z.infer<typeof consoleResultSchema>;
export type Position = z.infer<typeof positionSchema>;
export type ConsoleProblem = z.infer<typeof consoleProblemSchema>;
export type ConsoleSchema = z.infer<typeof consoleSchemaSchema>;
export type Example = z.infer<typeof exampleSchema>;
export type SavedQueryInput = z.output<typeof savedQueryBody>;
export type SavedQuery = z.infer<typeof savedQuerySchema>;
