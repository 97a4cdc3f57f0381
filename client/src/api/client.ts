// The client talks only to /api; errors arrive as problem+json and become readable messages.

export interface GraphElements {
  nodes: { data: { id: string; label: string; type: string; helix?: string; [k: string]: unknown } }[];
  edges: { data: { id: string; source: string; target: string; type: string; [k: string]: unknown } }[];
}

export interface Health {
  status: 'ok' | 'degraded';
  version: string;
  neo4j: { reachable: boolean; version?: string; edition?: string; error?: string };
  counts?: { nodes: Record<string, number>; relationships: Record<string, number> };
}

export async function getJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new Error('The Helix Explorer server cannot be reached. Is it running?');
  }
  const body = (await res.json().catch(() => ({}))) as { detail?: string; title?: string };
  if (!res.ok && res.status !== 503) throw new Error(body.detail ?? body.title ?? `request failed (${res.status})`);
  return body as T;
}
