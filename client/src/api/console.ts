import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsoleAnswer, ConsoleSchema, Example, SavedQuery } from './client.ts';
import { apiFetch } from './fetch.ts';

// The Cypher console: its schema and examples, running a query, saved queries.

export const useConsoleSchema = () => useQuery({ queryKey: ['console-schema'], queryFn: ({ signal }) => apiFetch<ConsoleSchema>('/api/console/schema', { signal }) });

export const useConsoleExamples = () =>
  useQuery({ queryKey: ['console-examples'], queryFn: ({ signal }) => apiFetch<{ examples: Example[] }>('/api/console/examples', { signal }), select: (a) => a.examples });

/** Running a query is the user's action: a mutation, never repeated or cached. */
export const useRunQuery = () =>
  useMutation({ mutationFn: (q: { query: string; params: Record<string, unknown> }) => apiFetch<ConsoleAnswer>('/api/console/query', { json: q }) });

const SAVED = ['saved-queries'] as const;

export const useSavedQueries = () => useQuery({ queryKey: SAVED, queryFn: ({ signal }) => apiFetch<{ writable: boolean; items: SavedQuery[] }>('/api/saved-queries', { signal }) });

export function useSaveQuery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ item, token }: { item: Omit<SavedQuery, 'id' | 'createdAt'>; token: string }) => apiFetch<SavedQuery>('/api/saved-queries', { json: item, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: SAVED }),
  });
}

export function useDeleteSavedQuery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, token }: { id: string; token: string }) => apiFetch<unknown>(`/api/saved-queries/${encodeURIComponent(id)}`, { method: 'DELETE', token }),
    onSuccess: () => client.invalidateQueries({ queryKey: SAVED }),
  });
}
