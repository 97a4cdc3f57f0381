import type { CordisInfo, ImportAnswer as Answer, ImportJobAnswer, ValidationReport as Report } from '../../../../contract/index.ts';

// Calls of the Import view: multipart uploads with the bearer token, and job polling.

export type {
  CordisInfo,
  ImportAnswer as Answer,
  ImportProblem,
  Match,
  Outcomes,
  ValidationReport as Report,
} from '../../../../contract/index.ts';

/** An import job as the view follows it: the start is known before the first poll answers. */
export type Job = Omit<ImportJobAnswer, 'startedAt' | 'report'> & Partial<Pick<ImportJobAnswer, 'startedAt' | 'report'>>;

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
