import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { zipPublisherSample } from '../support/cordis.ts';
import { snapshot } from '../support/db.ts';
import { fetchJson, startSeededServer, type startTestServer } from '../support/http.ts';

// End to end with zip archives built here from the publisher's sample rows: uploaded to
// POST /api/import/cordis as a user's browser sends them, then read back through the read API as
// the explorer shows them. A truncated archive is refused, naming it, and nothing is written.

const TOKEN = 'cordis-zip-test-token-0123456789';
const FP7 = 'cordis-fp7projects-csv.zip';
const H2020 = 'cordis-h2020projects-csv.zip';
const HORIZON = 'cordis-HORIZONprojects-csv.zip';

interface Answer {
  detail?: string;
  jobId?: string;
  cordis?: {
    stats: Record<string, number>;
    inputs: { input: string; programmes: string[]; unusedTables: string[] }[];
    oldNutsCodes: string[];
  };
}
interface Node {
  data: { id: string; label: string; type: string; [k: string]: unknown };
}
interface Edge {
  data: { source: string; target: string; type: string };
}

describe('CORDIS zip archives through POST /api/import/cordis and the read API', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let tmp: string;
  let archives: Map<string, string>;
  beforeAll(async () => {
    ({ db, server } = await startSeededServer({ HELIX_API_TOKEN: TOKEN }));
    tmp = await mkdtemp(path.join(os.tmpdir(), 'helix-cordis-zip-'));
    archives = await zipPublisherSample(tmp);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const upload = async (files: { name: string; bytes: Uint8Array }[], query = '') => {
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([f.bytes as Uint8Array<ArrayBuffer>]), f.name);
    const res = await fetch(`${server.url}/api/import/cordis${query}`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${TOKEN}` } });
    return { status: res.status, body: (await res.json()) as Answer };
  };
  const zips = () => Promise.all([...archives].map(async ([name, file]) => ({ name, bytes: new Uint8Array(await readFile(file)) })));

  it('a truncated archive is refused with a 400 naming it, and nothing is written', async () => {
    const before = await snapshot(db);
    const [first, ...rest] = await zips();
    const res = await upload([{ name: first!.name, bytes: first!.bytes.subarray(0, Math.floor(first!.bytes.length / 2)) }, ...rest]);
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain(`${first!.name}: is not a readable zip archive`);
    expect(await snapshot(db)).toEqual(before);
  });

  it('imports the three archives; the read API shows PIC 999654356 by name with its FP7 and Horizon Europe projects, placed in its NUTS region', async () => {
    const dry = await upload(await zips(), '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body.cordis!.inputs.map((i) => [i.input, i.programmes, i.unusedTables])).toEqual([
      [FP7, ['fp7'], ['topics.csv']],
      [H2020, ['h2020'], ['topics.csv']],
      [HORIZON, ['horizon'], ['topics.csv']],
    ]);
    expect(dry.body.cordis!.stats).toMatchObject({ organisations: 9, participations: 10, naturalPersonParticipations: 1 });

    const res = await upload(await zips());
    expect(res.status).toBe(202);
    let job: { status?: string } = {};
    for (let i = 0; i < 150 && job.status !== 'done' && job.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      job = (await (await fetch(`${server.url}/api/import/jobs/${res.body.jobId}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as { status: string };
    }
    expect(job.status).toBe('done');

    const iccs = 'Actor:cordis-999654356';
    const name = 'EREVNITIKO PANEPISTIMIAKO INSTITOUTO SYSTIMATON EPIKOINONION KAI YPOLOGISTON';
    const search = await fetchJson<{ results: { id: string; label: string; helix?: string }[] }>(`${server.url}/api/search?q=${encodeURIComponent('panepistimiako institouto')}`);
    expect(search.status).toBe(200);
    expect(search.body.results.find((r) => r.id === iccs)).toMatchObject({ label: name, helix: 'academia' });

    // Two hops: the actor, its projects and region, and the programmes funding the projects.
    const { status, body } = await fetchJson<{ nodes: Node[]; edges: Edge[] }>(`${server.url}/api/expand`, { ids: [iccs], hops: 2, labels: ['Actor', 'Project', 'Policy', 'Region'], limit: 500 });
    expect(status).toBe(200);
    const node = (id: string) => body.nodes.find((n) => n.data.id === id);
    expect(node(iccs)!.data.label).toBe(name);
    const from = (id: string, type: string) => body.edges.filter((e) => e.data.type === type && e.data.source === id).map((e) => e.data.target);
    const projects = from(iccs, 'PARTICIPATES_IN').sort();
    expect(projects).toEqual(['Project:cordis-project-fp7-314056', 'Project:cordis-project-horizon-101060884']);
    expect(projects.map((p) => node(p)!.data.label)).toEqual(['ARUM', 'DIVINE']);
    expect(projects.map((p) => from(p, 'FUNDED_BY').map((f) => node(f)!.data.label))).toEqual([['Seventh Framework Programme (FP7)'], ['Horizon Europe']]);
    const [region] = from(iccs, 'LOCATED_IN');
    expect(region).toBe('Region:nuts-el303');
    expect(node(region!)!.data.label).toBe('Kentrikos Tomeas Athinon');

    // The actor's own card: city, ISO country beside CORDIS's code.
    const detail = await fetchJson<{ node: { props: Record<string, unknown> } }>(`${server.url}/api/nodes/${encodeURIComponent(iccs)}`);
    expect(detail.status).toBe(200);
    expect(detail.body.node.props).toMatchObject({ city: 'ATHINA', country: 'GR', cordisCountry: 'EL', pic: '999654356' });
  });
});
