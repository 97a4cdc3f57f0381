import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { HELICES } from '../../server/graph/model.ts';
import { runImport } from '../../server/importer/run.ts';
import { filesFromPaths, sourcesFor } from '../../server/importer/sources.ts';
import { fetchJson, startSeededServer } from './http.ts';

// The period fixture (tests/fixtures/period) read straight from its CSV files, and what a period
// holds by the definition, counted here without the server: a pair counts in a year when
// one of its shared projects runs that year, its weight the number of such projects; a
// collaboration without years is undated (kept unless hidden), and so is an actor known only from
// undated records. Below, the app over that fixture, as the period tests start it.

export const FIXTURE = 'tests/fixtures/period';

export interface Years {
  from: number;
  to: number;
}

export const pairKey = (a: string, b: string) => [a, b].sort().join('|');

async function csv(file: string): Promise<Record<string, string>[]> {
  const [head, ...lines] = (await readFile(path.join(FIXTURE, file), 'utf8')).trim().split('\n');
  const columns = head!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i]!, v])));
}

const overlaps = (y: Years, p: Years) => y.from <= p.to && y.to >= p.from;

export async function fixture() {
  const helix = new Map((await csv('actors.csv')).map((r) => [`Actor:${r.id}`, r.helix!]));
  const years = new Map((await csv('projects.csv')).map((r) => [`Project:${r.id}`, { from: Number(r.start!.slice(0, 4)), to: Number(r.end!.slice(0, 4)) }]));
  const members = new Map<string, string[]>();
  for (const r of await csv('participates_in.csv')) {
    const project = `Project:${r.to}`;
    members.set(project, [...(members.get(project) ?? []), `Actor:${r.from}`].sort());
  }
  const collaborations = (await csv('collaborates_with.csv')).map((r) => ({ key: pairKey(`Actor:${r.from}`, `Actor:${r.to}`), weight: Number(r.weight || 1), dated: r.since !== '' }));
  const links = new Map(collaborations.map((c) => [c.key, c.weight]));
  const undatedPairs = collaborations.filter((c) => !c.dated).map((c) => c.key);

  const projectsIn = (p: Years) => [...years].filter(([, y]) => overlaps(y, p)).map(([id]) => id).sort();
  const sharedIn = (key: string, p: Years) => projectsIn(p).filter((id) => key.split('|').every((a) => members.get(id)!.includes(a))).length;
  const datedActors = new Set([...members.values()].flat());

  const actorsIn = (p: Years, undated: 'show' | 'hide') => {
    const active = new Set(projectsIn(p).flatMap((id) => members.get(id)!));
    if (undated === 'show') for (const a of helix.keys()) if (!datedActors.has(a)) active.add(a);
    return [...active].sort();
  };
  /** The collaborations of the period with their weight there. */
  const linksIn = (p: Years, undated: 'show' | 'hide') => {
    const out = new Map<string, number>();
    for (const c of collaborations) {
      const weight = c.dated ? sharedIn(c.key, p) : undated === 'show' ? c.weight : 0;
      if (weight > 0) out.set(c.key, weight);
    }
    return out;
  };
  /** The same among the actors of the period (what a scope holds). */
  const pairsIn = (p: Years, undated: 'show' | 'hide') => {
    const actors = new Set(actorsIn(p, undated));
    return new Map([...linksIn(p, undated)].filter(([key]) => key.split('|').every((a) => actors.has(a))));
  };
  /** Ties between helices, as the triple-helix matrix counts them (both cells of a cross-helix tie). */
  const matrixOf = (pairs: Map<string, number>) => {
    const m = Object.fromEntries(HELICES.map((h) => [h, Object.fromEntries(HELICES.map((k) => [k, 0]))])) as Record<string, Record<string, number>>;
    for (const key of pairs.keys()) {
      const [g, h] = key.split('|').map((a) => helix.get(a)!) as [string, string];
      m[g]![h]!++;
      if (g !== h) m[h]![g]!++;
    }
    return m;
  };
  return { helix, years, members, links, undatedPairs, projectsIn, actorsIn, linksIn, pairsIn, matrixOf };
}

export type Fixture = Awaited<ReturnType<typeof fixture>>;

/** Imports the fixture's files as an upload of them would. */
export async function importFixture(db: GraphDb): Promise<void> {
  const { sources, problems } = sourcesFor(await filesFromPaths([FIXTURE]));
  await runImport(db, sources, { preProblems: problems });
}

/**
 * The app over the period fixture, on the seeds unless `seeds: false`, with the fixture counted
 * and GET/POST helpers that expect a status (200 unless given) and hand back the body.
 */
export async function periodFixtureServer(options: { seeds?: boolean } = {}) {
  const { db, server } = await startSeededServer({}, options);
  await importFixture(db);
  const fx = await fixture();
  const answer = async <T>(path: string, status: number, body?: unknown) => {
    const got = await fetchJson<T>(`${server.url}${path}`, body);
    expect(got.status, path).toBe(status);
    return got.body;
  };
  return {
    db,
    server,
    fx,
    get: <T>(path: string, status = 200) => answer<T>(path, status),
    post: <T>(path: string, body: unknown, status = 200) => answer<T>(path, status, body),
    async close() {
      await server.close();
      await db.close();
    },
  };
}

export type PeriodFixtureServer = Awaited<ReturnType<typeof periodFixtureServer>>;
