import { z } from 'zod';
import { APP_VERSION } from '../health/health.ts';

// The OpenAPI document is generated from the same zod schemas that validate the requests:
// every route registers its endpoint here next to where it is defined.

export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI path, e.g. /api/nodes/{id} */
  path: string;
  summary: string;
  tags: string[];
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  /** Content type of the body when it is not JSON (e.g. multipart/form-data). */
  bodyContentType?: string;
  response?: z.ZodType;
  /** Needs the bearer token. */
  auth?: boolean;
}

const endpoints: Endpoint[] = [];

export function registerEndpoint(endpoint: Endpoint): void {
  if (!endpoints.some((e) => e.method === endpoint.method && e.path === endpoint.path)) endpoints.push(endpoint);
}

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

const problem = {
  description: 'A problem (RFC 9457)',
  content: {
    'application/problem+json': {
      schema: {
        type: 'object',
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
  },
};

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const json = jsonSchema(schema) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

export function openApiDocument(): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const e of endpoints) {
    const responses: Record<string, object> = {
      200: e.response ? { description: 'OK', content: { 'application/json': { schema: jsonSchema(e.response) } } } : { description: 'OK' },
      400: problem,
    };
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
      ...(e.body ? { requestBody: { required: true, content: { [e.bodyContentType ?? 'application/json']: { schema: jsonSchema(e.body) } } } } : {}),
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
