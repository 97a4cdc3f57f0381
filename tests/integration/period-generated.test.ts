import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TripleHelix } from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { generateEcosystem } from '../../server/generate/ecosystem.ts';
import { runImport } from '../../server/importer/run.ts';
import { filesFromPaths, sourcesFor } from '../../server/importer/sources.ts';
import { testDb, wipe } from '../support/db.ts';
import { expectProfiledEqualsCounted } from '../support/helix-figures.ts';
import { fetchJson, startTestServer } from '../support/http.ts';

// A generated ecosystem (`npm run generate`) in a period: its pairs carry the years of their shared
// projects of every programme (projectYears), so weighing its ties in a period reads no project, and
// the whole-graph run profiles every tie from them — on the generated 100k graph, where every tie
// is a project tie, counting their shared projects took 13 s per view.

describe('a generated ecosystem in a period', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let dir: string;

  const helix = async (period: string) => {
    const answer = await fetchJson<TripleHelix>(`${server.url}/api/triple-helix?scope=all&period=${period}`);
    expect(answer.status, period).toBe(200);
    const weights = answer.body.edges.map((e) => `${e.data.source} ${e.data.target} ${e.data.weight ?? 1}`).sort();
    return { matrix: answer.body.stats.weightedMatrix, actors: answer.body.stats.actors, weights };
  };
  const periods = ['2012-2014', '2018-2019', '2023'];

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    dir = await mkdtemp(path.join(os.tmpdir(), 'helix-period-generated-'));
    await generateEcosystem({ actors: 400, seed: 11, out: dir });
    const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
    expect(problems).toEqual([]);
    await runImport(db, sources, { preProblems: problems });
    server = await startTestServer(db, { HELIX_RESULT_LIMIT: '100000' });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('no project tie needs its shared projects read to be weighed in a period, and the run profiles every tie from the stored years', async () => {
    expect((await db.read<{ ties: number }>("MATCH ()-[r:COLLABORATES_WITH {kind: 'project'}]->() RETURN count(r) AS ties"))[0]!.ties).toBeGreaterThan(500);
    expect(await db.rows('analytics-period-unlisted')).toEqual([{ ties: 0 }]);
    await expectProfiledEqualsCounted(db, server.url, periods);
  });

  it('weighs each pair in a period by its stored years exactly as counting its shared projects in the graph does', async () => {
    const fromYears = await Promise.all(periods.map(helix));
    await db.writeCypher("MATCH (:Actor)-[r:COLLABORATES_WITH {kind: 'project'}]->(:Actor) REMOVE r.projectYears");
    const counted = await Promise.all(periods.map(helix));
    expect(fromYears).toEqual(counted);
    // The periods differ from each other: the years decide.
    expect(new Set(fromYears.map((f) => JSON.stringify(f.matrix))).size).toBe(periods.length);
  });
});
