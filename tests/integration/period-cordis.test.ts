import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { actorId, projectId } from '../../server/importer/cordis/connector.ts';
import { runCordisImport } from '../../server/importer/cordis/service.ts';
import { CORDIS_OFFICIAL, CORDIS_PUBLISHER_SAMPLE } from '../support/cordis.ts';
import { applySchema } from '../../server/db/schema.ts';
import { testDb, wipe } from '../support/db.ts';
import { fetchJson, startTestServer } from '../support/http.ts';
import { expectProfiledEqualsCounted } from '../support/helix-figures.ts';

// A period on CORDIS data, whose years the publisher's files give: the 40 Belgian H2020 projects
// of the official sample (their real start and end dates), and the publisher sample's FP7 and
// Horizon Europe rows. What each period holds is counted here from the CSV files.

interface Graph {
  nodes: { data: { id: string; type: string } }[];
  edges: { data: { source: string; target: string; type: string; weight?: number } }[];
  summary: { actors?: number };
}

const csv = async (file: string) => parse(await readFile(file), { columns: true, delimiter: ';' }) as Record<string, string>[];
const year = (date: string) => Number(date.slice(0, 4));

describe('a period on the CORDIS samples', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let dir: string;
  const expand = async (actor: string, period?: string) => {
    const answer = await fetchJson<Graph>(`${server.url}/api/expand`, { ids: [actor], relTypes: ['COLLABORATES_WITH', 'PARTICIPATES_IN'], limit: 1000, ...(period ? { period } : {}) });
    expect(answer.status, period).toBe(200);
    return answer.body;
  };
  const projectActors = async (project: string, period: string) => {
    const answer = await fetchJson<Graph>(`${server.url}/api/triple-helix?scope=project&id=Project:${project}&period=${period}`);
    expect(answer.status, period).toBe(200);
    return answer.body.nodes.map((n) => n.data.id).sort();
  };
  const linkedTo = (g: Graph, actor: string, type: string) =>
    new Map(g.edges.filter((e) => e.data.type === type && (e.data.source === actor || e.data.target === actor)).map((e) => [e.data.source === actor ? e.data.target : e.data.source, e.data.weight ?? 1]));

  beforeAll(async () => {
    // The samples alone, without the seeds: nothing else in the graph has years.
    db = testDb();
    await wipe(db);
    await applySchema(db);
    // The publisher sample holds no project.csv: this one gives its FP7 project (ARUM) and its
    // Horizon Europe project (DIVINE) years inside their programmes, 2012–2015 and 2022–2025.
    dir = await mkdtemp(path.join(os.tmpdir(), 'helix-period-cordis-'));
    const header = 'id;acronym;startDate;endDate;frameworkProgramme';
    for (const [folder, rows] of [
      ['cordis-fp7projects-csv', ['"314056";"ARUM";"2012-10-01";"2015-09-30";"FP7"']],
      ['cordis-HORIZONprojects-csv', ['"101060884";"DIVINE";"2022-09-01";"2025-08-31";"HORIZON"', '"101298715";"ELFA";"2026-01-01";"2027-12-31";"HORIZON"']],
    ] as const) {
      await cp(path.join(CORDIS_PUBLISHER_SAMPLE, folder), path.join(dir, folder), { recursive: true });
      await writeFile(path.join(dir, folder, 'project.csv'), [header, ...rows].join('\n') + '\n');
    }
    await runCordisImport(db, [CORDIS_OFFICIAL, path.join(dir, 'cordis-fp7projects-csv'), path.join(dir, 'cordis-HORIZONprojects-csv')]);
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a period after the FP7 project hides its participation; one covering it shows it, not the later Horizon Europe one', async () => {
    const iccs = `Actor:${actorId('999654356')}`;
    const arum = `Project:${projectId('fp7', '314056')}`;
    const divine = `Project:${projectId('horizon', '101060884')}`;
    const projects = async (period?: string) => [...linkedTo(await expand(iccs, period), iccs, 'PARTICIPATES_IN').keys()].sort();
    expect(await projects()).toEqual([arum, divine].sort());
    expect(await projects('2021-2027')).toEqual([divine]);
    expect(await projects('2007-2013')).toEqual([arum]);
    expect(await projects('2016-2021')).toEqual([]);
    expect(await projectActors(projectId('fp7', '314056'), '2021-2027')).toEqual([]);
    expect(await projectActors(projectId('fp7', '314056'), '2015')).toEqual([iccs]);
  });

  it('the H2020 projects with their real years: a pair met in one project only is in the periods of that project, with its weight there', async () => {
    const projects = new Map((await csv(path.join(CORDIS_OFFICIAL, 'project.csv'))).map((p) => [p.id!, { from: year(p.startDate!), to: year(p.endDate!) }]));
    const members = new Map<string, Set<string>>();
    for (const o of await csv(path.join(CORDIS_OFFICIAL, 'organization.csv'))) members.set(o.projectID!, (members.get(o.projectID!) ?? new Set()).add(o.organisationID!));
    // The project that ends first, and one of its pairs that shares no other project.
    const [first] = [...projects].sort(([a, x], [b, y]) => x.to - y.to || a.localeCompare(b));
    const [id, years] = first!;
    const shared = (a: string, b: string) => [...members].filter(([, m]) => m.has(a) && m.has(b)).map(([p]) => p);
    const list = [...members.get(id)!].sort();
    const pair = list.flatMap((a) => list.filter((b) => a < b && shared(a, b).length === 1).map((b) => [a, b] as const))[0];
    expect(pair, `a pair of project ${id} sharing no other project`).toBeDefined();
    const [a, b] = pair!.map((pic) => `Actor:${actorId(pic)}`) as [string, string];
    // Every project the first actor is in, and the pairs it makes in a period: counted from the files.
    const expected = (period: { from: number; to: number }) => {
      const weights = new Map<string, number>();
      for (const [p, m] of members) {
        const y = projects.get(p)!;
        if (!m.has(pair![0]) || y.from > period.to || y.to < period.from) continue;
        for (const other of m) if (other !== pair![0]) weights.set(`Actor:${actorId(other)}`, (weights.get(`Actor:${actorId(other)}`) ?? 0) + 1);
      }
      return weights;
    };
    const after = { from: years.to + 1, to: years.to + 2 };
    for (const period of [years, after, { from: years.from, to: years.from }]) {
      const text = `${period.from}-${period.to}`;
      const collaborations = linkedTo(await expand(a, text), a, 'COLLABORATES_WITH');
      const want = expected(period);
      expect(collaborations.has(b), text).toBe(want.has(b));
      expect(Object.fromEntries([...collaborations].sort()), text).toEqual(Object.fromEntries([...want].sort()));
    }
    expect(expected(years).has(b)).toBe(true);
    expect(expected(after).has(b)).toBe(false);
  });

  it('weighs every tie of the whole graph in a period from the years its pairs keep, after a whole-graph run', async () => {
    await expectProfiledEqualsCounted(db, server.url, ['2013-2016', '2018-2019', '2020']);
  });

  it('each pair keeps the years of its shared projects, and its weight in a period counted from them equals counting the projects in the graph', async () => {
    const projects = new Map((await csv(path.join(CORDIS_OFFICIAL, 'project.csv'))).map((p) => [p.id!, `${year(p.startDate!)}-${year(p.endDate!)}`]));
    const members = new Map<string, Set<string>>();
    for (const o of await csv(path.join(CORDIS_OFFICIAL, 'organization.csv'))) members.set(o.projectID!, (members.get(o.projectID!) ?? new Set()).add(o.organisationID!));
    const [pair] = await db.read<{ a: string; b: string; years: string[] }>(
      "MATCH (a:Actor)-[r:COLLABORATES_WITH {kind: 'project'}]->(b:Actor) WHERE r.h2020ProjectYears IS NOT NULL RETURN a.id AS a, b.id AS b, r.h2020ProjectYears AS years ORDER BY size(r.h2020ProjectYears) DESC, a.id, b.id LIMIT 1",
    );
    expect(pair).toBeDefined();
    const pic = (id: string) => id.replace(/^cordis-/, '');
    const sharedYears = [...members].filter(([, m]) => m.has(pic(pair!.a)) && m.has(pic(pair!.b))).map(([p]) => projects.get(p)!);
    expect([...pair!.years].sort()).toEqual(sharedYears.sort());

    const helix = async (period: string) => {
      const answer = await fetchJson<Graph & { stats: { weightedMatrix: unknown } }>(`${server.url}/api/triple-helix?scope=all&period=${period}`);
      expect(answer.status, period).toBe(200);
      const weights = answer.body.edges.map((e) => `${e.data.source} ${e.data.target} ${e.data.weight ?? 1}`).sort();
      return { matrix: answer.body.stats.weightedMatrix, weights };
    };
    const periods = ['2015-2016', '2018-2019', '2020'];
    const fromYears = await Promise.all(periods.map(helix));
    // the same periods with the years gone: the weights counted from the projects the graph holds
    await db.writeCypher("MATCH (:Actor)-[r:COLLABORATES_WITH {kind: 'project'}]->(:Actor) REMOVE r.fp7ProjectYears, r.h2020ProjectYears, r.horizonProjectYears");
    const counted = await Promise.all(periods.map(helix));
    expect(fromYears).toEqual(counted);
    expect(JSON.stringify(fromYears[0])).not.toBe(JSON.stringify(fromYears[1]));
  });

  it('weighs the ties of the whole graph in a period from their shared projects when their pairs keep no years, after a whole-graph run', async () => {
    // the test above removed the pairs' years
    expect(await db.read("MATCH (:Actor)-[r:COLLABORATES_WITH {kind: 'project'}]->(:Actor) WHERE r.h2020ProjectYears IS NOT NULL RETURN r LIMIT 1")).toEqual([]);
    await expectProfiledEqualsCounted(db, server.url, ['2013-2016', '2018-2019', '2020']);
  });
});
