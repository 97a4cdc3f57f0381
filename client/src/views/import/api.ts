// Calls of the Import view: multipart uploads with the bearer token, and job polling.

export interface ImportProblem {
  file: string;
  row?: number;
  column?: string;
  value?: unknown;
  message: string;
}
export interface Report {
  ok: boolean;
  files: { file: string; target: string; rows: number }[];
  rows: number;
  problems: ImportProblem[];
  problemCount: number;
}
export interface Match {
  from: string;
  fromName: string;
  to: string;
  toName: string;
  score: number;
  reason: string;
}
export interface CordisInfo {
  stats: Record<string, number>;
  review: Match[];
}
export interface Outcomes {
  created: number;
  updated: number;
  unchanged: number;
}
export interface Job {
  id: string;
  status: 'running' | 'done' | 'failed';
  progress: { done: number; total: number; file?: string };
  summary?: { written: Record<string, Outcomes>; rows: number; ms: number; rowsPerSecond: number };
  cordis?: CordisInfo;
  error?: string;
}
export interface Answer {
  dryRun: boolean;
  jobId?: string;
  report: Report;
  cordis?: CordisInfo;
}

export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly report?: Report,
    readonly cordis?: CordisInfo,
  ) {
    super(message);
  }
}

async function call<T>(url: string, token: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
  } catch {
    throw new ImportRefused('The Helix Explorer server cannot be reached. Is it running?');
  }
  const body = (await res.json().catch(() => ({}))) as { detail?: string; title?: string; report?: Report; cordis?: CordisInfo };
  if (!res.ok) throw new ImportRefused(body.detail ?? body.title ?? `request failed (${res.status})`, body.report, body.cordis);
  return body as T;
}

export function upload(files: File[], token: string, cordis: boolean, dryRun: boolean): Promise<Answer> {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  return call<Answer>(`/api/import${cordis ? '/cordis' : ''}?dryRun=${dryRun}`, token, { method: 'POST', body: form });
}

export const pollJob = (id: string, token: string) => call<Job>(`/api/import/jobs/${encodeURIComponent(id)}`, token);
