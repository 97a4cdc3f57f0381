import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { cordisImport } from '../../server/importer/cordis/connector.ts';
import { runImport } from '../../server/importer/run.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { writeCordisSample } from '../support/cordis.ts';
import { snapshot, testDb, wipe } from '../support/db.ts';

const SAMPLE_PROJECTS = 40;

describe('the CORDIS connector on a sample of the Belgian H2020 extract', () => {
  let db: GraphDb;
  let dir: string;
  // Figures computed here from the CSV files, independently of the connector.
  const expected = { organisations: 0, projects: 0, participations: 0, pairs: 0, top: [] as { id: string; partners: number }[] };

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    dir = await mkdtemp(path.join(os.tmpdir(), 'helix-cordis-'));
    const { projects: sample, participations, organisations: orgIds } = await writeCordisSample(dir, SAMPLE_PROJECTS);

    const byProject = new Map<string, Set<string>>();
    for (const l of participations) {
      const [rcn, org] = l.split(',');
      byProject.set(rcn!, (byProject.get(rcn!) ?? new Set()).add(org!));
    }
    const pairs = new Set<string>();
    const partners = new Map<string, Set<string>>();
    for (const members of byProject.values()) {
      for (const a of members) {
        for (const b of members) {
          if (a === b) continue;
          pairs.add([a, b].sort().join('|'));
          partners.set(a, (partners.get(a) ?? new Set()).add(b));
        }
      }
    }
    Object.assign(expected, {
      organisations: orgIds.size,
      projects: sample.length,
      participations: participations.length,
      pairs: pairs.size,
      top: [...partners].map(([id, s]) => ({ id: `cordis-${id}`, partners: s.size })).sort((x, y) => y.partners - x.partners || x.id.localeCompare(y.id)).slice(0, 5),
    });
  });
  afterAll(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  let document = '';

  it('imports organisations, projects, participations and co-participation pairs as the CSV files count them', async () => {
    const cordis = await cordisImport(db, dir, 10_000);
    document = cordis.document;
    expect(cordis.stats).toMatchObject({ organisations: expected.organisations, projects: expected.projects, participations: expected.participations, pairs: expected.pairs, projectsOverCap: 0 });
    const { summary } = await runImport(db, cordis.sources);
    expect(summary!.rowsPerSecond).toBeGreaterThan(0);
    const [counts] = await db.read<Record<string, number>>(
      `RETURN COUNT { (a:Actor) WHERE a.id STARTS WITH 'cordis-' } AS organisations,
              COUNT { (p:Project) WHERE p.id STARTS WITH 'cordis-project-' } AS projects,
              COUNT { (a:Actor)-[:PARTICIPATES_IN]->(:Project) WHERE a.id STARTS WITH 'cordis-' } AS participations,
              COUNT { (a:Actor)-[:COLLABORATES_WITH {kind: 'project'}]->(:Actor) WHERE a.id STARTS WITH 'cordis-' } AS pairs`,
    );
    expect(counts).toEqual({ organisations: expected.organisations, projects: expected.projects, participations: expected.participations, pairs: expected.pairs });
  });

  it('finds the same most connected organisations as the CSV files', async () => {
    const top = await db.read<{ id: string; partners: number }>(
      `MATCH (a:Actor)-[:COLLABORATES_WITH {kind: 'project'}]-(b:Actor) WHERE a.id STARTS WITH 'cordis-'
       RETURN a.id AS id, count(DISTINCT b) AS partners ORDER BY partners DESC, id LIMIT 5`,
    );
    expect(top).toEqual(expected.top);
  });

  it('maps activity types to helices, programme parts to policies, and cites the CORDIS document on links', async () => {
    const rows = await db.read<{ helix: string; n: number }>(`MATCH (a:Actor) WHERE a.id STARTS WITH 'cordis-' RETURN a.helix AS helix, count(*) AS n ORDER BY helix`);
    expect(rows.map((r) => r.helix).every((h) => ['academia', 'industry', 'government', 'intermediary'].includes(h))).toBe(true);
    const [link] = await db.read<{ sources: string[]; funded: number; unnamed: number }>(
      `MATCH (a:Actor)-[r:PARTICIPATES_IN]->() WHERE a.id STARTS WITH 'cordis-' WITH r LIMIT 1
       RETURN r.sources AS sources, COUNT { (:Project)-[:FUNDED_BY]->(:Policy {kind: 'programme'}) } AS funded,
              COUNT { (a:Actor) WHERE a.name STARTS WITH 'Organisation ' } AS unnamed`,
    );
    expect(link!.sources).toEqual([document]);
    expect(link!.funded).toBeGreaterThanOrEqual(expected.projects);
    expect(link!.unnamed).toBeGreaterThan(0);
  });

  it('a second import of the same files changes nothing', async () => {
    const before = await snapshot(db);
    const cordis = await cordisImport(db, dir, 10_000);
    const { summary } = await runImport(db, cordis.sources);
    expect(await snapshot(db)).toEqual(before);
    for (const o of Object.values(summary!.written)) expect(o.created + o.updated).toBe(0);
  });

  it('a consortium cap leaves large consortia out of the pairs and says how many pairs that avoided', async () => {
    const cordis = await cordisImport(db, dir, 10);
    expect(cordis.stats.projectsOverCap).toBeGreaterThan(0);
    expect(cordis.stats.pairsWithoutCap).toBe(expected.pairs);
    expect(cordis.stats.pairs).toBeLessThan(expected.pairs);
  });
});
