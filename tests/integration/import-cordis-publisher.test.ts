import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { cordisImport } from '../../server/importer/cordis/connector.ts';
import { runCordisImport } from '../../server/importer/cordis/service.ts';
import { runImport } from '../../server/importer/run.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { CORDIS, CORDIS_ARCHIVES_SAMPLE, CORDIS_OFFICIAL } from '../support/cordis.ts';
import { snapshot, testDb, wipe } from '../support/db.ts';
import { startTestServer } from '../support/http.ts';
import { runTs } from '../support/spawn.ts';

// The publisher's CORDIS archives into one graph: the sample rows of FP7, H2020 and Horizon
// Europe (zipped as users download them), and the Belgian extract in both layouts.

const TOKEN = 'cordis-test-token-0123456789';

interface Answer {
  detail?: string;
  jobId?: string;
  cordis: { stats: Record<string, number>; inputs: { input: string; programmes: string[] }[] };
}
const archive = (name: string) => path.join(CORDIS_ARCHIVES_SAMPLE, name);
const FP7 = 'cordis-fp7projects-csv.zip';
const H2020 = 'cordis-h2020projects-csv.zip';
const HORIZON = 'cordis-HORIZONprojects-csv.zip';

async function freshGraph(db: GraphDb) {
  await wipe(db);
  await applySchema(db);
  await loadSeeds(db, 'seeds');
}

describe('CORDIS archives of three programmes in one graph', () => {
  let db: GraphDb;
  let document = '';
  beforeAll(async () => {
    db = testDb();
    await freshGraph(db);
  });
  afterAll(() => db.close());

  it('imports the three zip archives at once; PIC 999654356 is one actor with an FP7 and a Horizon Europe project', async () => {
    const { cordis, summary } = await runCordisImport(db, [CORDIS_ARCHIVES_SAMPLE]);
    document = cordis.document;
    expect(cordis.inputs.map((i) => i.input)).toEqual([FP7, H2020, HORIZON]);
    expect(summary!.written.Actor!.created).toBe(9);
    const [iccs] = await db.read<{ actors: number; projects: string[]; programmes: string[] }>(
      `MATCH (a:Actor {id: 'cordis-999654356'})-[:PARTICIPATES_IN]->(p:Project)-[:FUNDED_BY]->(f:Policy {kind: 'programme'})
       WHERE f.id IN ['fp7', 'h2020', 'horizon-europe']
       RETURN COUNT { (x:Actor) WHERE x.pic = '999654356' } AS actors, collect(p.id) AS projects, collect(f.name) AS programmes`,
    );
    expect(iccs!.actors).toBe(1);
    expect(iccs!.projects.sort()).toEqual(['cordis-project-fp7-314056', 'cordis-project-horizon-101060884']);
    expect(iccs!.programmes.sort()).toEqual(['Horizon Europe', 'Seventh Framework Programme (FP7)']);
  });

  it('places organisations in NUTS 2021 regions linked up to their country, with the ISO code and a point', async () => {
    const [athens] = await db.read<{ chain: string[]; levels: string[]; country: string; cordisCountry: string; lat: number; lon: number; city: string }>(
      `MATCH (a:Actor {id: 'cordis-999643007'})-[:LOCATED_IN]->(r:Region)
       MATCH path = (r)-[:PART_OF*]->(c:Region {level: 'country'})
       RETURN [x IN nodes(path) | x.name] AS chain, [x IN nodes(path) | x.level] AS levels,
              a.country AS country, a.cordisCountry AS cordisCountry, a.location.latitude AS lat, a.location.longitude AS lon, a.city AS city`,
    );
    expect(athens).toEqual({
      chain: ['Kentrikos Tomeas Athinon', 'Attiki', 'Attiki', 'Elláda'],
      levels: ['nuts3', 'province', 'region', 'country'],
      country: 'GR',
      cordisCountry: 'EL',
      lat: 37.97850802,
      lon: 23.732519058,
      city: 'ATHINA',
    });
    const [ghana] = await db.read<{ region: string }>(`MATCH (:Actor {id: 'cordis-998296065'})-[:LOCATED_IN]->(r:Region) RETURN r.id AS region`);
    expect(ghana!.region).toBe('country-gh');
  });

  it('imports the natural person as an anonymous participant counted in its project', async () => {
    const [row] = await db.read<{ people: number; anonymous: number; members: number }>(
      `MATCH (p:Project {id: 'cordis-project-horizon-101298715'})
       RETURN COUNT { (a:Actor) WHERE a.name CONTAINS 'CORDOVA' OR a.pic = '868955877' } AS people, p.anonymousParticipants AS anonymous,
              COUNT { (:Actor)-[:PARTICIPATES_IN]->(p) } AS members`,
    );
    expect(row).toEqual({ people: 0, anonymous: 1, members: 0 });
  });

  it('cites one Document saying what was read, on every node and link it wrote', async () => {
    const [doc] = await db.read<Record<string, unknown>>(
      `MATCH (d:Document {id: $document}) RETURN d.programme AS programme, d.archive AS archive, d.rowsRead AS rowsRead, d.contentFrom AS contentFrom, d.contentTo AS contentTo, d.importedAt IS NOT NULL AS stamped`,
      { document },
    );
    expect(doc).toEqual({ programme: 'FP7, H2020, HORIZON', archive: `${FP7}, ${H2020}, ${HORIZON}`, rowsRead: 11, contentFrom: '2017-09-11', contentTo: '2026-07-27', stamped: true });
    const [uncited] = await db.read<{ nodes: number; links: number; cited: number }>(
      `MATCH (d:Document {id: $document})
       RETURN COUNT { (n) WHERE (n.id STARTS WITH 'cordis-' OR n.id STARTS WITH 'nuts-' OR n.id STARTS WITH 'country-') AND NOT n:Document AND NOT (n)-[:MENTIONED_IN]->(d) } AS nodes,
              COUNT { ()-[r]->() WHERE r.sources IS NOT NULL AND any(s IN r.sources WHERE s STARTS WITH 'cordis-') AND NOT $document IN r.sources } AS links,
              COUNT { (n)-[:MENTIONED_IN]->(d) } AS cited`,
      { document },
    );
    expect(uncited).toMatchObject({ nodes: 0, links: 0 });
    expect(uncited!.cited).toBeGreaterThan(20);
  });

  it('a second import of the same archives changes nothing', async () => {
    const before = await snapshot(db);
    const { summary } = await runCordisImport(db, [CORDIS_ARCHIVES_SAMPLE]);
    for (const o of Object.values(summary!.written)) expect(o.created + o.updated).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('importing FP7, then Horizon Europe, extends the same actor', async () => {
    await freshGraph(db);
    const fp7 = await runCordisImport(db, [archive(FP7)]);
    const horizon = await runCordisImport(db, [archive(HORIZON)]);
    expect(fp7.cordis.document).not.toBe(horizon.cordis.document);
    const [row] = await db.read<{ actors: number; projects: number; documents: number }>(
      `MATCH (a:Actor {id: 'cordis-999654356'})
       RETURN COUNT { (x:Actor) WHERE x.pic = '999654356' } AS actors, COUNT { (a)-[:PARTICIPATES_IN]->(:Project) } AS projects, COUNT { (a)-[:MENTIONED_IN]->(:Document) } AS documents`,
    );
    expect(row).toEqual({ actors: 1, projects: 2, documents: 2 });
  });
});

describe('the Belgian extract in the publisher layout and in the tidy layout', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = testDb();
    await freshGraph(db);
  });
  afterAll(() => db.close());

  it('gives the same organisations, projects, participations and co-participation pairs', async () => {
    const count = () =>
      db.read<Record<string, number>>(
        `RETURN COUNT { (a:Actor) WHERE a.id STARTS WITH 'cordis-' } AS organisations,
                COUNT { (p:Project) WHERE p.id STARTS WITH 'cordis-project-' } AS projects,
                COUNT { (:Actor)-[:PARTICIPATES_IN]->(p:Project) WHERE p.id STARTS WITH 'cordis-project-' } AS participations,
                COUNT { (a:Actor)-[:COLLABORATES_WITH {kind: 'project'}]->(:Actor) WHERE a.id STARTS WITH 'cordis-' } AS pairs,
                COUNT { (a:Actor) WHERE a.id STARTS WITH 'cordis-' AND NOT a.name STARTS WITH 'Organisation ' } AS named`,
      );
    const tidy = await cordisImport(db, CORDIS);
    await runImport(db, tidy.sources);
    const afterTidy = await count();
    const official = await cordisImport(db, CORDIS_OFFICIAL);
    expect(official.stats).toMatchObject({ organisations: tidy.stats.organisations, projects: tidy.stats.projects, participations: tidy.stats.participations, pairs: tidy.stats.pairs });
    const { summary } = await runImport(db, official.sources);
    for (const what of ['Actor', 'Project', 'PARTICIPATES_IN', 'COLLABORATES_WITH']) expect(summary!.written[what]!.created, what).toBe(0);
    expect(await count()).toEqual(afterTidy);
    expect(afterTidy[0]!.named).toBe(official.stats.namedOrganisations);
  });
});

describe('co-participation pairs across programmes', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = testDb();
    await freshGraph(db);
  });
  afterAll(() => db.close());

  it('importing H2020 and then the same consortia under FP7 adds up each pair: its count per programme, its weight, its years', async () => {
    const pairs = () =>
      db.read<{ pairs: number; h2020: number; fp7: number; weight: number; sinceMin: number }>(
        `MATCH (a:Actor)-[r:COLLABORATES_WITH {kind: 'project'}]->(:Actor) WHERE a.id STARTS WITH 'cordis-'
         RETURN count(r) AS pairs, sum(r.h2020Projects) AS h2020, sum(coalesce(r.fp7Projects, 0)) AS fp7, sum(r.weight) AS weight, min(r.since) AS sinceMin`,
      );
    await runCordisImport(db, [CORDIS_OFFICIAL]);
    const [h2020] = await pairs();
    // The same projects as FP7 ones, dated seven years earlier.
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'helix-cordis-fp7-')), 'cordis-fp7projects-csv');
    await mkdir(dir);
    const project = await readFile(path.join(CORDIS_OFFICIAL, 'project.csv'), 'utf8');
    await writeFile(path.join(dir, 'project.csv'), project.replaceAll('"H2020"', '"FP7"').replace(/"20(1\d|20)-/g, (_, y: string) => `"20${String(Number(y) - 7).padStart(2, '0')}-`));
    await copyFile(path.join(CORDIS_OFFICIAL, 'organization.csv'), path.join(dir, 'organization.csv'));
    try {
      await runCordisImport(db, [dir]);
    } finally {
      await rm(path.dirname(dir), { recursive: true, force: true });
    }
    const [both] = await pairs();
    expect(h2020!.pairs).toBeGreaterThan(100);
    expect(both).toEqual({ pairs: h2020!.pairs, h2020: h2020!.h2020, fp7: h2020!.h2020, weight: 2 * h2020!.weight, sinceMin: h2020!.sinceMin - 7 });
  });
});

describe('POST /api/import/cordis with the archives as downloaded', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    db = testDb();
    await freshGraph(db);
    server = await startTestServer(db, { HELIX_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const upload = async (files: { name: string; bytes: Uint8Array }[], query = '') => {
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([f.bytes as Uint8Array<ArrayBuffer>]), f.name);
    const res = await fetch(`${server.url}/api/import/cordis${query}`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${TOKEN}` } });
    return { status: res.status, body: (await res.json()) as Answer };
  };
  const archives = async () => Promise.all((await readdir(CORDIS_ARCHIVES_SAMPLE)).sort().map(async (name) => ({ name, bytes: await readFile(archive(name)) })));

  it('a truncated archive is refused with 400 naming it, and nothing changes', async () => {
    const before = await snapshot(db);
    const [first, ...rest] = await archives();
    const res = await upload([{ name: first!.name, bytes: first!.bytes.subarray(0, first!.bytes.length - 40) }, ...rest]);
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain(`${first!.name}: is not a readable zip archive`);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a file that is neither an archive nor a CSV file is refused with 400, and nothing changes', async () => {
    const before = await snapshot(db);
    const res = await upload([{ name: 'projects.xlsx', bytes: new Uint8Array([1, 2, 3]) }]);
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/projects\.xlsx: a CORDIS import takes zip archives/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a dry run of the three archives reports what each holds, then the import writes them', async () => {
    const dry = await upload(await archives(), '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body.cordis.inputs.map((i) => [i.input, i.programmes])).toEqual([
      [FP7, ['fp7']],
      [H2020, ['h2020']],
      [HORIZON, ['horizon']],
    ]);
    expect(dry.body.cordis.stats).toMatchObject({ organisations: 9, participations: 10, naturalPersonParticipations: 1 });
    const res = await upload(await archives());
    expect(res.status).toBe(202);
    let job: { status?: string } = {};
    for (let i = 0; i < 100 && job.status !== 'done' && job.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      job = (await (await fetch(`${server.url}/api/import/jobs/${res.body.jobId}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as { status: string };
    }
    expect(job.status).toBe('done');
    const [row] = await db.read<{ actors: number }>(`RETURN COUNT { (a:Actor) WHERE a.pic IS NOT NULL } AS actors`);
    expect(row!.actors).toBe(9);
  });
});

// The command also computes the whole-graph analytics after the import (on a thread it starts).
describe('npm run import:cordis', { timeout: 180_000 }, () => {
  const neo4jEnv = () => {
    const { uri, user, password } = inject('neo4j');
    return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  };

  it('imports the archive or folder it is given, first argument included', async () => {
    const db = testDb();
    await freshGraph(db);
    try {
      const ran = await runTs('server/cli/import-cordis.ts', [archive(FP7)], neo4jEnv());
      expect(ran.stderr).toBe('');
      expect(ran.code).toBe(0);
      expect(ran.stdout).toContain(`CORDIS ${FP7} (FP7): organization.csv 1 rows`);
      const [row] = await db.read<{ projects: string[] }>(`MATCH (p:Project) WHERE p.id STARTS WITH 'cordis-project-' RETURN collect(p.id) AS projects`);
      expect(row!.projects).toEqual(['cordis-project-fp7-314056']);
    } finally {
      await db.close();
    }
  });

  it('lists every SAME_AS link it makes with both names, so that a person can check each', async () => {
    const db = testDb();
    await freshGraph(db);
    try {
      const { sameAs } = await cordisImport(db, CORDIS_OFFICIAL);
      expect(sameAs.length).toBeGreaterThan(0);
      const ran = await runTs('server/cli/import-cordis.ts', ['--dry-run', CORDIS_OFFICIAL], neo4jEnv());
      expect(ran.code).toBe(0);
      expect(ran.stdout).toContain(`entity resolution: ${sameAs.length} SAME_AS links to actors already in the graph:`);
      for (const m of sameAs) expect(ran.stdout).toContain(`${m.fromName} (${m.from}) = ${m.toName} (${m.to}): ${m.reason}`);
    } finally {
      await db.close();
    }
  });

  it('without a path says what to give and exits 1; a bad archive names it and writes nothing', async () => {
    const none = await runTs('server/cli/import-cordis.ts', [], neo4jEnv());
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^helix: name the CORDIS archives or folders to import; usage: npm run import:cordis -- /);
    const bad = await runTs('server/cli/import-cordis.ts', ['--dry-run', 'tests/fixtures/cordis/publisher-sample/cordis-h2020projects-csv/organization.csv'], neo4jEnv());
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/organization\.csv: is neither a zip archive nor a folder/);
    expect(bad.stderr).toMatch(/nothing was written/);
  });
});
