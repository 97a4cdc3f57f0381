import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { cordisImport } from '../../server/importer/cordis/connector.ts';
import { runImport } from '../../server/importer/run.ts';
import { filesFromPaths, sourcesFor } from '../../server/importer/sources.ts';
import { buildPartnerGraph } from '../../server/partners/graph.ts';
import { loadPartnerData } from '../../server/partners/load.ts';
import { PartnerService } from '../../server/partners/service.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { writeCordisSample } from '../support/cordis.ts';
import { testDb, wipe } from '../support/db.ts';

describe('the partner service keeps its graph until the data changes', () => {
  let db: GraphDb;
  let service: PartnerService;
  /** Another client of the same Neo4j (e.g. `npm run import` while the server runs). */
  const outside = async (cypher: string) => {
    const { uri, user, password } = inject('neo4j');
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    try {
      await driver.executeQuery(cypher, {}, { database: 'neo4j' });
    } finally {
      await driver.close();
    }
  };
  const suggested = async () => (await service.find({ actor: 'Actor:agfa-gevaert', limit: 50 })).suggestions;

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    service = new PartnerService(db);
  });
  afterAll(async () => {
    await service.close();
    await db.close();
  });

  it('reads the network once at warm-up and suggests from it', async () => {
    expect(await service.warm()).toBeGreaterThan(0);
    expect((await suggested()).map((s) => s.id)).toContain('Actor:vito');
  });

  it('notices a link written by another client (the counts moved) and stops suggesting the new partner', async () => {
    await outside(`MATCH (a:Actor {id: 'agfa-gevaert'}), (b:Actor {id: 'vito'}) CREATE (a)-[:COLLABORATES_WITH {sources: [], evidence: 'test'}]->(b)`);
    expect((await suggested()).map((s) => s.id)).not.toContain('Actor:vito');
    await outside(`MATCH (:Actor {id: 'agfa-gevaert'})-[r:COLLABORATES_WITH {evidence: 'test'}]->(:Actor {id: 'vito'}) DELETE r`);
    expect((await suggested()).map((s) => s.id)).toContain('Actor:vito');
  });

  it('notices a property changed by this server (no count moves) and shows the new name', async () => {
    const [{ name }] = (await db.read<{ name: string }>(`MATCH (a:Actor {id: 'vito'}) RETURN a.name AS name`)) as [{ name: string }];
    await db.writeCypher(`MATCH (a:Actor {id: 'vito'}) SET a.name = 'VITO (renamed in a test)'`);
    const vito = (await suggested()).find((s) => s.id === 'Actor:vito');
    expect(vito?.name).toBe('VITO (renamed in a test)');
    await db.writeCypher(`MATCH (a:Actor {id: 'vito'}) SET a.name = $name`, { name });
  });

  it('notices a property changed by an import through the app, which commits its own transaction', async () => {
    const [vito] = await db.read<Record<string, string>>(`MATCH (a:Actor {id: 'vito'}) RETURN a.name AS name, a.helix AS helix, a.kind AS kind, a.country AS country`);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'helix-partners-import-'));
    try {
      await writeFile(path.join(dir, 'actors.csv'), `id,name,helix,kind,country\nvito,VITO (imported),${vito!.helix},${vito!.kind},${vito!.country}\n`);
      const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
      await runImport(db, sources, { preProblems: problems });
      expect((await suggested()).find((s) => s.id === 'Actor:vito')?.name).toBe('VITO (imported)');
      await db.writeCypher(`MATCH (a:Actor {id: 'vito'}) SET a.name = $name`, { name: vito!.name });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('partner data on a CORDIS import', () => {
  let db: GraphDb;
  let dir: string;
  let participations: string[];

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    dir = await mkdtemp(path.join(os.tmpdir(), 'helix-partners-cordis-'));
    ({ participations } = await writeCordisSample(dir, 30));
    const cordis = await cordisImport(db, dir, 10_000);
    await runImport(db, cordis.sources);
  });
  afterAll(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('counts a shared project once, not again as the co-participation link the connector also writes', async () => {
    const members = new Map<string, Set<string>>();
    for (const line of participations) {
      const [rcn, org] = line.split(',');
      members.set(rcn!, (members.get(rcn!) ?? new Set()).add(`Actor:cordis-${org}`));
    }
    const shared = new Map<string, number>();
    for (const set of members.values()) for (const a of set) for (const b of set) if (a < b) shared.set(`${a}|${b}`, (shared.get(`${a}|${b}`) ?? 0) + 1);
    const g = buildPartnerGraph(await loadPartnerData(db));
    // Every co-participating pair of the CSV files: as many projects as the files say, and no direct link.
    let checked = 0;
    for (const [pair, projects] of shared) {
      const [a, b] = pair.split('|') as [string, string];
      const tie = g.network.getEdgeAttributes(g.network.edge(a, b)!);
      expect({ pair, projects: tie.projects, types: tie.types }).toEqual({ pair, projects, types: [] });
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
