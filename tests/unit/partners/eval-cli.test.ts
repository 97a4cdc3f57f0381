import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../server/analytics/random.ts';
import { runTs } from '../../support/spawn.ts';

/**
 * A small CORDIS-format folder (a few hundred participation rows): four communities of 25
 * organisations that keep working together, 2015–2020, with a stray outsider now and then.
 */
async function writeSample(dir: string): Promise<number> {
  const random = seededRandom(3);
  const types = ['HES', 'REC', 'PRC', 'PUB', 'OTH'];
  const countries = ['BE', 'NL', 'DE', 'FR'];
  const parts = ['LEIT', 'SC2', 'SC3', 'SC5'];
  const projects = ['rcn,frameworkProgramme,programmeParts,startDate,endDate,durationMonths,totalCost,ecMaxContribution,nCountries'];
  const orgs = ['projectRcn,organisationID,role,activityType,ecContribution,country,countryGroup'];
  for (let p = 0; p < 80; p++) {
    const community = p % 4;
    const year = 2015 + (p % 6);
    projects.push(`${1000 + p},H2020,${parts[community]},${year}-03-01,${year + 3}-02-28,36,1000000,900000,2`);
    const members = new Set<number>();
    while (members.size < 5) members.add(random() < 0.85 ? community * 25 + Math.floor(random() * 25) : Math.floor(random() * 100));
    [...members].forEach((m, i) => orgs.push(`${1000 + p},${900000000 + m},${i ? 'participant' : 'coordinator'},${types[m % 5]},1000,${countries[Math.floor(m / 25)] ?? 'BE'},eu15`));
  }
  await writeFile(path.join(dir, 'projects.csv'), `${projects.join('\n')}\n`);
  await writeFile(path.join(dir, 'organizations.csv'), `${orgs.join('\n')}\n`);
  return orgs.length - 1;
}

describe('npm run eval:partners', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'helix-eval-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ranks held-back collaborations on a small CORDIS sample and writes every method’s scores', async () => {
    const rows = await writeSample(dir);
    expect(rows).toBe(400);
    const out = path.join(dir, 'results.json');
    const ran = await runTs('server/cli/eval-partners.ts', [dir, '--out', out, '--cutoff', '2019,2020', '--sample', '15', '--seed', '3'], {});
    expect(ran.code, ran.stderr).toBe(0);
    const written = JSON.parse(await readFile(out, 'utf8')) as {
      runs: {
        methods: Record<string, Record<string, number>>;
        intervals: Record<string, Record<string, { mean: number; low: number; high: number }>>;
        versusAdamicAdar: Record<string, Record<string, { mean: number }>>;
        coldStart: { methods: Record<string, unknown> };
        ranker: { trainedAt: string; splitYear: number };
        setup: { cutoff: number; evaluatedActors: number; candidatesPerActor: { mean: number } };
      }[];
    };
    // One run per cut-off, each with its learned ranker trained on the years before it.
    expect(written.runs.map((r) => [r.setup.cutoff, r.ranker.splitYear])).toEqual([
      [2019, 2017],
      [2020, 2018],
    ]);
    const result = written.runs[0]!;
    expect(Object.keys(result.methods).sort()).toEqual(['adamicAdar', 'commonNeighbours', 'learned', 'preferentialAttachment', 'random', 'served', 'weights']);
    // The served row is what the API serves by default: the learned ranker.
    expect(result.methods.served).toEqual(result.methods.learned);
    for (const [method, measures] of Object.entries(result.intervals)) {
      for (const [measure, i] of Object.entries(measures)) {
        expect(i.mean).toBe(result.methods[method]![measure]);
        expect(i.low).toBeLessThanOrEqual(i.mean);
        expect(i.high).toBeGreaterThanOrEqual(i.mean);
      }
    }
    expect(result.versusAdamicAdar.learned!.map!.mean).toBeGreaterThan(0);
    expect(Object.keys(result.coldStart.methods).sort()).toEqual(['popularity', 'popularityInTopics', 'random', 'served']);
    for (const scores of Object.values(result.methods)) {
      expect(Object.keys(scores).sort()).toEqual(['auc', 'map', 'precisionAt10', 'recallAt50']);
      for (const v of Object.values(scores)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    expect(result.setup.cutoff).toBe(2019);
    expect(result.setup.evaluatedActors).toBe(15);
    expect(result.setup.candidatesPerActor.mean).toBeGreaterThan(0);
    // Communities keep working together: the served ranking sees it, chance does not.
    expect(result.methods.served!.auc!).toBeGreaterThan(result.methods.random!.auc!);
  }, 60_000);

  it('asks for the folder instead of reading one outside the project', async () => {
    const ran = await runTs('server/cli/eval-partners.ts', [], {});
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/name the CORDIS extract to evaluate on.*usage: npm run eval:partners -- <CORDIS extract folder>/);
  }, 60_000);

  it('names the missing file when the folder is not a CORDIS extract', async () => {
    const ran = await runTs('server/cli/eval-partners.ts', [path.join(dir, 'nothing-here')], {});
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/has no organizations\.csv/);
  }, 60_000);
});
