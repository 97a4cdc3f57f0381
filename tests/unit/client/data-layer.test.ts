import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, parseRetryAfter } from '../../../client/src/api/fetch.ts';
import { createQueryClient, MAX_TRIES, MAX_WAIT_MS, retryDelay } from '../../../client/src/api/retry.ts';
import { FilterParams } from '../../../client/src/graph/filters.ts';
import { int, list, oneOf, parseParams } from '../../../client/src/search-params.ts';
import { z } from 'zod';

// The client's one way to the API: problems become one typed error, 503 is tried again as the
// server asks (a bounded number of times), a 4xx never.

const problem = (status: number, detail: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', status, detail }), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

function serve(...answers: (() => Response)[]) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    calls.push(url);
    const next = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return Promise.resolve(next());
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('apiFetch', () => {
  it('turns a problem answer into an ApiError with the server’s message, status and endpoint', async () => {
    serve(() => problem(400, 'limit must be at most 5000'));
    const error = await apiFetch('/api/overview', { query: { limit: 9999 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('limit must be at most 5000');
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).endpoint).toBe('GET /api/overview');
  });

  it('keeps the problem’s extensions (a console error’s position) and reads Retry-After', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ title: 'Cypher error', status: 400, position: { line: 2, column: 3, offset: 9 } }), { status: 400 })));
    const error = (await apiFetch('/api/console/query', { json: { query: 'x' } }).catch((e: unknown) => e)) as ApiError;
    expect(error.problem.position).toEqual({ line: 2, column: 3, offset: 9 });
    serve(() => problem(503, 'Neo4j cannot be reached', { 'Retry-After': '7' }));
    expect(((await apiFetch('/api/health').catch((e: unknown) => e)) as ApiError).retryAfter).toBe(7);
  });

  it('says the server cannot be reached when nothing answers', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = (await apiFetch('/api/overview').catch((e: unknown) => e)) as ApiError;
    expect(error.unreachable).toBe(true);
    expect(error.message).toMatch(/cannot be reached/);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('3')).toBe(3);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6);
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('retrying reads', () => {
  it('tries a 503 again and shows the answer once the server is back', async () => {
    const calls = serve(
      () => problem(503, 'Neo4j cannot be reached', { 'Retry-After': '0' }),
      () => new Response(JSON.stringify({ nodes: [], edges: [] }), { status: 200 }),
    );
    const answer = await createQueryClient().fetchQuery({ queryKey: ['overview'], queryFn: ({ signal }) => apiFetch('/api/overview', { signal }) });
    expect(answer).toEqual({ nodes: [], edges: [] });
    expect(calls).toHaveLength(2);
  });

  it('gives up after a bounded number of tries', async () => {
    const calls = serve(() => problem(503, 'Neo4j cannot be reached', { 'Retry-After': '0' }));
    const error = await createQueryClient().fetchQuery({ queryKey: ['overview'], queryFn: ({ signal }) => apiFetch('/api/overview', { signal }) }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(503);
    expect(calls).toHaveLength(MAX_TRIES);
  });

  it('never tries a 4xx again', async () => {
    const calls = serve(() => problem(404, 'no node Actor:nobody'));
    await expect(createQueryClient().fetchQuery({ queryKey: ['node'], queryFn: () => apiFetch('/api/nodes/Actor%3Anobody') })).rejects.toThrow('no node Actor:nobody');
    expect(calls).toHaveLength(1);
  });

  it('waits as long as Retry-After asks, never longer than the cap', () => {
    const busy = (s?: number) => new ApiError({ status: 503, title: 'busy' }, 'GET /api/x', s);
    expect(retryDelay(1, busy(2))).toBe(2000);
    expect(retryDelay(1, busy(3600))).toBe(MAX_WAIT_MS);
  });

  it('de-duplicates the same read asked twice at once', async () => {
    const calls = serve(() => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    const client = createQueryClient();
    const ask = () => client.fetchQuery({ queryKey: ['alignment', 'policies'], queryFn: () => apiFetch('/api/alignment', { query: { rows: 'policies' } }) });
    await Promise.all([ask(), ask()]);
    await ask();
    expect(calls).toEqual(['/api/alignment?rows=policies']);
  });
});

describe('search parameters', () => {
  const Params = z.object({ ids: list(), k: int(1, 5, 3), level: oneOf(['sector', 'subsector'], 'sector') });
  it('reads what a link says and falls back to defaults for what it gets wrong', () => {
    expect(parseParams(Params, '?ids=Actor%3Aa,Actor%3Ab&k=4&level=subsector')).toEqual({ ids: ['Actor:a', 'Actor:b'], k: 4, level: 'subsector' });
    expect(parseParams(Params, '?k=99&level=planet')).toEqual({ ids: [], k: 3, level: 'sector' });
    expect(parseParams(FilterParams, '?helix=industry,academia').helix).toEqual(['industry', 'academia']);
  });
});
