import type { ConsoleProblem } from '../../../../contract/index.ts';

// The console's calls to /api/console and /api/saved-queries. Unlike getJson, a failed call keeps
// the whole problem+json answer: Neo4j's code and the position of the error in the query.

export type {
  ConsoleProblem,
  ConsoleResult as ConsoleAnswer,
  ConsoleSchema,
  Example,
  SavedQuery,
  Value,
} from '../../../../contract/index.ts';

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
