import { z } from 'zod';
import { problemSchema } from '../../contract/index.ts';
import { APP_VERSION } from '../health/health.ts';

// The OpenAPI document is generated from the contract's zod schemas, the same that validate the
// requests: every route registers its endpoint here next to where it is defined.

export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI path, e.g. /api/nodes/{id} */
  path: string;
  summary: string;
  tags: string[];
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  /** Content type of the body when it is not JSON (e.g. multipart/form-data). */
  bodyContentType?: string;
  /** The answer's schema; null for an answer without content (204). */
  response: z.ZodType | null;
  /** Content type of the answer when it is not JSON (e.g. text/csv). */
  responseContentType?: string;
  /** The success status, or several that share the answer's schema; 200 when left out. */
  status?: number | number[];
  /** Needs the bearer token. */
  auth?: boolean;
}

const endpoints: Endpoint[] = [];

export function registerEndpoint(endpoint: Endpoint): void {
  if (!endpoints.some((e) => e.method === endpoint.method && e.path === endpoint.path)) endpoints.push(endpoint);
}

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' });

const problem = { description: 'A problem (RFC 9457)', content: { 'application/problem+json': { schema: jsonSchema(problemSchema, 'output') } } };

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

function success(e: Endpoint) {
  if (e.response === null) return { description: 'Done, no content' };
  return { description: 'OK', content: { [e.responseContentType ?? 'application/json']: { schema: jsonSchema(e.response, 'output') } } };
}

export function openApiDocument(): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const e of endpoints) {
    const responses: Record<string, object> = {};
    for (const status of [e.status ?? 200].flat()) responses[status] = success(e);
    responses[400] = problem;
    if (e.auth) {
      responses[401] = problem;
      responses[403] = problem;
    }
    responses[503] = problem;
    paths[e.path] ??= {};
    paths[e.path]![e.method] = {
      summary: e.summary,
      tags: e.tags,
      parameters: [...parameters(e.params, 'path'), ...parameters(e.query, 'query')],
      ...(e.body ? { requestBody: { required: true, content: { [e.bodyContentType ?? 'application/json']: { schema: jsonSchema(e.body, 'input') } } } } : {}),
      ...(e.auth ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Helix Explorer API', version: APP_VERSION, description: 'Knowledge graph of regional innovation ecosystems.' },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
