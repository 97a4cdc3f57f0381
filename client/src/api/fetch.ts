import type { Problem } from './client.ts';

// The one way the client calls the API. Every failure becomes an ApiError carrying the server's
// problem (RFC 9457), so views show one kind of error whatever the endpoint.

/** A failed API call: the problem the server answered, or status 0 when the server did not answer. */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    readonly endpoint: string,
    /** Seconds the server asked to wait before trying again (`Retry-After`), when it said. */
    readonly retryAfter?: number,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
  /** The server has no such endpoint (yet). */
  get missing(): boolean {
    return this.status === 404 && /no API endpoint/.test(this.message);
  }
  /** The server did not answer at all. */
  get unreachable(): boolean {
    return this.status === 0;
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface CallOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  query?: Query;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart (uploads). */
  form?: FormData;
  token?: string;
  signal?: AbortSignal;
  /** Statuses besides 2xx whose body is the answer (the health check answers 503 with its report). */
  accept?: number[];
}

/** `/api/x?a=1&b=2`, leaving out empty values. */
export function apiUrl(path: string, query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  return search.size ? `${path}?${search}` : path;
}

/** `Retry-After` in seconds (a number or an HTTP date), or undefined. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}

export async function apiFetch<T>(path: string, options: CallOptions = {}): Promise<T> {
  const { method = options.json === undefined && options.form === undefined ? 'GET' : 'POST', query, json, form, token, signal, accept = [] } = options;
  const url = apiUrl(path, query);
  const endpoint = `${method} ${path}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      signal,
      headers: {
        Accept: 'application/json',
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: json === undefined ? form : JSON.stringify(json),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError({ status: 0, title: 'The Helix Explorer server cannot be reached. Is it running?' }, endpoint);
  }
  const body: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (res.ok || accept.includes(res.status)) return body as T;
  const problem = { title: res.statusText || `request failed (${res.status})`, ...(typeof body === 'object' && body ? body : {}), status: res.status } as Problem;
  throw new ApiError(problem, endpoint, parseRetryAfter(res.headers.get('Retry-After')));
}
