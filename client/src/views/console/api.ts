// The console's calls to /api/console and /api/saved-queries. Unlike getJson, a failed call keeps
// the whole problem+json answer: Neo4j's code and the position of the error in the query.

export type Value = null | boolean | number | string | Value[] | { [k: string]: Value };

export interface ConsoleAnswer {
  columns: string[];
  rows: Record<string, Value>[];
  elements: { nodes: { data: { id: string; label: string; type: string; [k: string]: unknown } }[]; edges: { data: { id: string; source: string; target: string; type: string; [k: string]: unknown } }[] };
  summary: { rows: number; nodes: number; edges: number; planMs: number; runMs: number; truncated?: { by: string; message: string } };
}

export interface ConsoleProblem {
  status: number;
  title: string;
  detail?: string;
  code?: string;
  rule?: string;
  position?: { line: number; column: number; offset: number };
}

export interface Example {
  name: string;
  title: string;
  description: string;
  query: string;
}

export interface SavedQuery {
  id: string;
  title: string;
  description: string;
  query: string;
  params: Record<string, unknown>;
  createdAt: string;
}

export interface ConsoleSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  procedures: { name: string; signature: string; description: string }[];
  functions: { name: string; signature: string }[];
}

export type Answer<T> = { ok: true; body: T } | { ok: false; problem: ConsoleProblem };

export async function call<T>(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown, token?: string): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, problem: { status: 0, title: 'The Helix Explorer server cannot be reached. Is it running?' } };
  }
  const json = res.status === 204 ? {} : await res.json().catch(() => ({}));
  return res.ok ? { ok: true, body: json as T } : { ok: false, problem: { status: res.status, title: res.statusText, ...(json as object) } as ConsoleProblem };
}
