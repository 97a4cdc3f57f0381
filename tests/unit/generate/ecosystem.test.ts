import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { generateEcosystem, type GenerateResult } from '../../../server/generate/ecosystem.ts';
import { filesFromPaths, sourcesFor } from '../../../server/importer/sources.ts';
import { validateImport } from '../../../server/importer/validate.ts';

// The synthetic ecosystem generator: the same seed gives the same files, another seed other
// files, with a realistic helix mix, heavy-tailed project participation, and files the importer
// accepts as they are.

const root = await mkdtemp(path.join(os.tmpdir(), 'helix-generate-'));
const dir = (name: string) => path.join(root, name);
const rowsOf = async (folder: string, file: string) => parse(await readFile(path.join(folder, file)), { columns: true }) as Record<string, string>[];
const filesOf = async (folder: string) => Object.fromEntries(await Promise.all((await readdir(folder)).sort().map(async (f) => [f, await readFile(path.join(folder, f), 'utf8')] as const)));

describe('the ecosystem generator', () => {
  let first: GenerateResult;
  beforeAll(async () => {
    first = await generateEcosystem({ actors: 1500, seed: 7, out: dir('a') });
    await generateEcosystem({ actors: 1500, seed: 7, out: dir('b') });
    await generateEcosystem({ actors: 1500, seed: 8, out: dir('c') });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes byte-identical files for the same seed, and different ones for another seed', async () => {
    const [a, b, c] = await Promise.all([filesOf(dir('a')), filesOf(dir('b')), filesOf(dir('c'))]);
    expect(Object.keys(a)).toContain('collaborates_with.csv');
    expect(b).toEqual(a);
    expect(c['actors.csv']).not.toEqual(a['actors.csv']);
    expect(c['collaborates_with.csv']).not.toEqual(a['collaborates_with.csv']);
  });

  it('has mostly industry, then academia, intermediaries and government', async () => {
    const actors = await rowsOf(dir('a'), 'actors.csv');
    expect(actors).toHaveLength(1500);
    const share = (helix: string) => actors.filter((a) => a.helix === helix).length / actors.length;
    expect(share('industry')).toBeGreaterThan(0.6);
    expect(share('academia')).toBeGreaterThan(share('intermediary'));
    expect(share('intermediary')).toBeGreaterThan(share('civil_society'));
    expect(share('government')).toBeGreaterThan(0.02);
    expect(actors.filter((a) => a.helix === 'academia').every((a) => ['university', 'college', 'research_centre', 'hospital', 'education'].includes(a.kind!))).toBe(true);
  });

  it('gives project participation a heavy tail: the busiest actor is in far more projects than the median one', async () => {
    const counts = new Map<string, number>();
    for (const p of await rowsOf(dir('a'), 'participates_in.csv')) counts.set(p.from!, (counts.get(p.from!) ?? 0) + 1);
    const degrees = [...counts.values()].sort((x, y) => x - y);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    expect(degrees.at(-1)!).toBeGreaterThan(20 * median);
  });

  it('includes the six Key Enabling Technologies, sub-sectors and a region hierarchy', async () => {
    expect((await rowsOf(dir('a'), 'technologies.csv')).filter((t) => t.ket === 'true')).toHaveLength(6);
    const partOf = await rowsOf(dir('a'), 'part_of.csv');
    expect(partOf.some((l) => l.from!.startsWith('Sector:subsector-'))).toBe(true);
    const levels = new Set((await rowsOf(dir('a'), 'regions.csv')).map((r) => r.level));
    expect([...levels].sort()).toEqual(['city', 'country', 'eu', 'province']);
  });

  it('derives one collaboration per pair of actors sharing projects, weighted by the projects they share', async () => {
    const members = new Map<string, string[]>();
    for (const p of await rowsOf(dir('a'), 'participates_in.csv')) members.set(p.to!, [...(members.get(p.to!) ?? []), p.from!]);
    const shared = new Map<string, number>();
    for (const list of members.values()) for (const a of list) for (const b of list) if (a < b) shared.set(`${a}|${b}`, (shared.get(`${a}|${b}`) ?? 0) + 1);
    const collab = await rowsOf(dir('a'), 'collaborates_with.csv');
    expect(collab).toHaveLength(shared.size);
    for (const c of collab) expect(Number(c.weight)).toBe(shared.get(`${c.from}|${c.to}`));
  });

  it('runs projects over 2007–2027, every year with projects starting, their participations and pairs dated by them', async () => {
    const projects = await rowsOf(dir('a'), 'projects.csv');
    const years = new Map(projects.map((p) => [p.id!, { start: Number(p.start!.slice(0, 4)), end: Number(p.end!.slice(0, 4)), programme: p.programme }]));
    for (const y of years.values()) {
      expect(y.start).toBeGreaterThanOrEqual(2007);
      expect(y.end).toBeLessThanOrEqual(2027);
      expect(y.end).toBeGreaterThanOrEqual(y.start);
    }
    const starts = new Set([...years.values()].map((y) => y.start));
    expect(Math.min(...starts)).toBe(2007);
    // Projects of up to five years end by 2027: the last start year with a project is 2026 or 2027.
    for (let year = 2007; year <= 2026; year++) expect(starts.has(year)).toBe(true);
    // The framework programme of an EU project is the one of its start year.
    const programmeOf = (start: number) => (start < 2014 ? 'FP7' : start < 2021 ? 'H2020' : 'Horizon Europe');
    const eu = [...years.values()].filter((y) => ['FP7', 'H2020', 'Horizon Europe'].includes(y.programme!));
    expect(eu.length).toBeGreaterThan(100);
    for (const y of eu) expect(y.programme).toBe(programmeOf(y.start));

    const participations = await rowsOf(dir('a'), 'participates_in.csv');
    const members = new Map<string, string[]>();
    for (const p of participations) {
      const y = years.get(p.to!)!;
      expect([Number(p.since), Number(p.until)]).toEqual([y.start, y.end]);
      members.set(p.to!, [...(members.get(p.to!) ?? []), p.from!]);
    }
    // A pair runs from the first start to the last end of the projects its two actors share, and
    // stores each shared project's years (its weight in a period is counted from them).
    const span = new Map<string, [number, number]>();
    const spans = new Map<string, string[]>();
    for (const [project, list] of members) {
      const y = years.get(project)!;
      for (const a of list) for (const b of list) {
        if (a >= b) continue;
        const [since, until] = span.get(`${a}|${b}`) ?? [y.start, y.end];
        span.set(`${a}|${b}`, [Math.min(since, y.start), Math.max(until, y.end)]);
        spans.set(`${a}|${b}`, [...(spans.get(`${a}|${b}`) ?? []), `${y.start}-${y.end}`]);
      }
    }
    for (const c of await rowsOf(dir('a'), 'collaborates_with.csv')) {
      expect([Number(c.since), Number(c.until)]).toEqual(span.get(`${c.from}|${c.to}`));
      expect(c.projectYears!.split(';').sort()).toEqual(spans.get(`${c.from}|${c.to}`)!.sort());
    }
  });

  it('writes files the importer validates without a single problem, every link end among them', async () => {
    const { sources, problems } = sourcesFor(await filesFromPaths([dir('a')]));
    expect(problems).toEqual([]);
    // An empty database: every link end and source must be found in the files themselves.
    const emptyDatabase = { readAll: (work: (tx: unknown) => Promise<void>) => work({ run: async () => ({ records: [] }) }) } as unknown as GraphDb;
    const { report } = await validateImport(emptyDatabase, sources);
    expect(report.problems).toEqual([]);
    expect(report.rows).toBe(first.nodes + first.links);
  });
});
