import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportAnswer, ImportJob, ImportTemplates } from './client.ts';
import { apiFetch } from './fetch.ts';

// Imports: the upload (dry run or the real thing) and the job's progress.

const POLL_MS = 500;

export function useUpload() {
  return useMutation({
    mutationFn: ({ files, token, cordis, dryRun }: { files: File[]; token: string; cordis: boolean; dryRun: boolean }) => {
      const form = new FormData();
      for (const f of files) form.append('files', f, f.name);
      return apiFetch<ImportAnswer>(`/api/import${cordis ? '/cordis' : ''}`, { method: 'POST', query: { dryRun }, form, token });
    },
  });
}

/** Once an import has written, every cached read of the graph is stale. */
export function useGraphChanged(): () => void {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'import-job' });
}

/** The job's state, asked again every half second while it runs. */
export const useImportJob = (id: string | undefined, token: string) =>
  useQuery({
    queryKey: ['import-job', id],
    queryFn: ({ signal }) => apiFetch<ImportJob>(`/api/import/jobs/${encodeURIComponent(id!)}`, { token, signal }),
    enabled: !!id,
    staleTime: 0,
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? POLL_MS : false),
  });

/** The import files the server reads: what each holds and its columns. They change only with the server. */
export const useTemplates = () =>
  useQuery({ queryKey: ['import-templates'], queryFn: ({ signal }) => apiFetch<ImportTemplates>('/api/import/templates', { signal }), staleTime: Infinity });
