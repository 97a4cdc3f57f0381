import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { ImportValidationError, runImport } from '../../server/importer/run.ts';
import { filesFromPaths, sourcesFor } from '../../server/importer/sources.ts';
import { formatImportProblem } from '../../server/importer/validate.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { snapshot, testDb, wipe } from '../support/db.ts';

const importDir = async (db: GraphDb, dir: string, options: Parameters<typeof runImport>[2] = {}) => {
  const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
  return runImport(db, sources, { ...options, preProblems: problems });
};

/** The problems an import of these files reports, formatted as the CLI prints them. */
async function problemsOf(db: GraphDb, dir: string): Promise<string[]> {
  const err = await importDir(db, dir).catch((e: unknown) => e);
  if (!(err instanceof ImportValidationError)) throw new Error(`expected the import to be refused, got ${String(err)}`);
  return err.report.problems.map(formatImportProblem);
}

describe('importing CSV and JSON files into a real Neo4j', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db, 'seeds');
  });
  afterAll(async () => {
    await db.close();
  });
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  const fresh = async (files: Record<string, string> = {}, withExamples = true) => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'helix-import-'));
    dirs.push(tmp);
    if (withExamples) await cp('seeds/examples', tmp, { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(tmp, name), text);
    return tmp;
  };

  it('a dry run reports the sample set valid and writes nothing', async () => {
    const before = await snapshot(db);
    const { report, summary } = await importDir(db, 'seeds/examples', { dryRun: true });
    expect(report.ok).toBe(true);
    expect(summary).toBeUndefined();
    expect(report.files.find((f) => f.file === 'actors.csv')).toEqual({ file: 'actors.csv', target: 'Actor', rows: 2 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('imports the sample set, linking to seeded nodes, with provenance', async () => {
    const { summary } = await importDir(db, 'seeds/examples');
    expect(summary!.written.Actor).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(summary!.written.COLLABORATES_WITH).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(summary!.rowsPerSecond).toBeGreaterThan(0);
    const [row] = await db.read<{ name: string; aliases: string[]; docs: string[]; partner: string }>(
      `MATCH (a:Actor {id: 'metaalwerken-geel'})-[:COLLABORATES_WITH]-(p:Actor)
       MATCH (a)-[:MENTIONED_IN]->(d:Document)
       RETURN a.name AS name, a.aliases AS aliases, collect(d.id) AS docs, p.name AS partner`,
    );
    expect(row).toEqual({ name: 'Metaalwerken Geel NV', aliases: ['MWG'], docs: ['ledenlijst-2024'], partner: 'Thomas More' });
  });

  it('re-importing the same files changes nothing and says so', async () => {
    const before = await snapshot(db);
    const { summary } = await importDir(db, 'seeds/examples');
    expect(await snapshot(db)).toEqual(before);
    for (const [what, o] of Object.entries(summary!.written)) expect(o.created + o.updated, what).toBe(0);
  });

  it('a changed file updates properties and adds links without duplicating anything', async () => {
    const actors = (await readFile('seeds/examples/actors.csv', 'utf8')).replace('Metaalwerken Geel NV,,MWG', 'Metaalwerken Geel NV,Geel Metal Works,MWG');
    const member = `${await readFile('seeds/examples/member_of.csv', 'utf8')}metaalwerken-geel,ams,ledenlijst-2024,lid van AMS,,,member\n`;
    const dir = await fresh({ 'actors.csv': actors, 'member_of.csv': member });
    const { summary } = await importDir(db, dir);
    expect(summary!.written.Actor).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(summary!.written.MEMBER_OF).toEqual({ created: 1, updated: 0, unchanged: 1 });
    const [row] = await db.read<{ nameEn: string; members: number; actors: number }>(
      `MATCH (a:Actor {id: 'metaalwerken-geel'}) RETURN a.nameEn AS nameEn,
       COUNT { (a)-[:MEMBER_OF]->() } AS members, COUNT { (:Actor {id: 'metaalwerken-geel'}) } AS actors`,
    );
    expect(row).toEqual({ nameEn: 'Geel Metal Works', members: 2, actors: 1 });
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['a wrong type', { 'projects.csv': 'id,name,totalCost\nbad-cost,Bad cost,lots\n' }, /projects\.csv, row 2, column "totalCost" \(value "lots"\): .*expected number/],
    ['a missing required field', { 'actors.csv': 'id,name,helix,kind,country\nno-name,,industry,company,BE\n' }, /actors\.csv, row 2, column "name"/],
    ['a value outside an enumeration', { 'actors.csv': 'id,name,helix,kind,country\nbad-helix,Bad Helix BV,business,company,BE\n' }, /actors\.csv, row 2, column "helix" \(value "business"\): .*"industry"/],
    ['a reference to an id in neither the files nor the database', { 'member_of.csv': 'from,to,sources,evidence\nmetaalwerken-geel,nobody,ledenlijst-2024,x\n' }, /member_of\.csv, row 2, column "to" \(value "nobody"\): no Actor has id "nobody" in these files or in the database/],
    ['a duplicate key in a file', { 'regions.csv': 'id,name,level\ndup-region,A,site\ndup-region,B,site\n' }, /regions\.csv, row 3, column "id" \(value "dup-region"\): duplicate id, already in regions\.csv row 2/],
    ['an unknown column', { 'sectors.csv': 'id,name,kind,colour\nx,X,sector,red\n' }, /sectors\.csv, row 1, column "colour": unknown column/],
    ['a missing required column', { 'sectors.csv': 'id,name\nx,X\n' }, /sectors\.csv, row 1, column "kind": this required column is missing/],
    ['a link between labels the schema does not allow', { 'member_of.csv': 'from,to,sources,evidence\nmetaalwerken-geel,geel,ledenlijst-2024,x\n' }, /no Actor has id "geel"/],
    ['an unknown source document', { 'develops.csv': 'from,to,sources,evidence\nmetaalwerken-geel,tech-photonics,no-such-doc,x\n' }, /develops\.csv, row 2, column "sources" \(value "no-such-doc"\): no Document has id "no-such-doc"/],
    ['a file the import does not know', { 'friends.csv': 'from,to\na,b\n' }, /friends\.csv: "friends" is not a label or relationship type/],
    ['a broken CSV row', { 'sectors.csv': 'id,name,kind\nx,X,sector,extra\n' }, /sectors\.csv, row 2: the file cannot be read as CSV/],
    ['a JSON file that is not a list', { 'technologies.json': '{"id": "x"}' }, /technologies\.json: must contain a JSON array of records/],
  ];
  for (const [rule, files, expected] of bad) {
    it(`refuses ${rule}, naming file, row, column and value, and leaves the graph unchanged`, async () => {
      const dir = await fresh(files);
      const before = await snapshot(db);
      expect((await problemsOf(db, dir)).join('\n')).toMatch(expected);
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('lists every problem, not only the first', async () => {
    const dir = await fresh({ 'actors.csv': 'id,name,helix,kind,country\nA B,,business,shop,Belgium\nok-one,Ok,industry,company,BE\n' });
    const problems = await problemsOf(db, dir);
    expect(problems.filter((p) => p.startsWith('actors.csv, row 2')).map((p) => /column "(\w+)"/.exec(p)?.[1]).sort()).toEqual(['country', 'helix', 'id', 'kind', 'name']);
  });

  it('rolls everything back when writing fails part-way', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `bulk-${i},Bulk ${i},industry,company,BE`).join('\n');
    const dir = await fresh({ 'actors.csv': `id,name,helix,kind,country\n${rows}\n` }, false);
    const before = await snapshot(db);
    let batches = 0;
    const failing = importDir(db, dir, {
      onProgress: () => {
        if (++batches === 2) throw new Error('injected failure after two batches');
      },
    });
    await expect(failing).rejects.toThrow(/injected failure/);
    expect(batches).toBe(2);
    expect(await snapshot(db)).toEqual(before);
  });
});
