import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './fetch.ts';

// When a read is tried again: only while the server says it is briefly unavailable (503, Neo4j
// unreachable), at most MAX_TRIES times in all, waiting as long as its Retry-After asks (capped).
// A 4xx is the request's own fault and fails at once; so does anything the server never answered.

export const MAX_TRIES = 3;
export const MAX_WAIT_MS = 5_000;
const DEFAULT_WAIT_MS = 1_000;

export function shouldRetry(failures: number, error: unknown): boolean {
  return error instanceof ApiError && error.status === 503 && failures < MAX_TRIES - 1;
}

export function retryDelay(_attempt: number, error: unknown): number {
  const seconds = error instanceof ApiError ? error.retryAfter : undefined;
  return Math.min(MAX_WAIT_MS, seconds === undefined ? DEFAULT_WAIT_MS : seconds * 1000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: 60_000, refetchOnWindowFocus: false },
      // Writes are not repeated behind the user's back.
      mutations: { retry: false },
    },
  });
}
