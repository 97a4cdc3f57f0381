// The client talks only to /api; errors arrive as problem+json and become readable messages.

export type { EdgeData, GraphElements, Health, NodeData } from '../../../contract/index.ts';

/** A failed API call: `missing` when the server has no such endpoint (yet), `unreachable` when it did not answer. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly endpoint: string,
  ) {
    super(message);
  }
  get missing(): boolean {
    return this.status === 404 && /no API endpoint/.test(this.message);
  }
  get unreachable(): boolean {
    return this.status === 0;
  }
}

async function request<T>(method: 'GET' | 'POST', url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const endpoint = `${method} ${url.split('?')[0]}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      signal,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('The Helix Explorer server cannot be reached. Is it running?', 0, endpoint);
  }
  const json = (await res.json().catch(() => ({}))) as { detail?: string; title?: string };
  if (!res.ok && !(res.status === 503 && url.startsWith('/api/health'))) {
    throw new ApiError(json.detail ?? json.title ?? `request failed (${res.status})`, res.status, endpoint);
  }
  return json as T;
}

export const getJson = <T>(url: string, signal?: AbortSignal) => request<T>('GET', url, undefined, signal);
export const postJson = <T>(url: string, body: unknown, signal?: AbortSignal) => request<T>('POST', url, body, signal);

/** `/api/x?a=1&b=2`, leaving out empty values. */
export function apiUrl(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  return search.size ? `${path}?${search}` : path;
}
