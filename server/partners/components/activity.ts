import type { PartnerGraph, PartnerIndexes } from '../graph.ts';

export interface Activity {
  /** Normalised later against the most active candidate. */
  raw: number;
  projects: number;
  latestYear?: number;
}

/** A collaboration counts 1 in the latest year of the data and half as much every HALF_LIFE years earlier. */
export const HALF_LIFE = 2;
const UNDATED = 0.5;

const decay = (g: PartnerIndexes, year: number | undefined) =>
  year === undefined || g.latestYear === undefined ? UNDATED : 0.5 ** (Math.max(0, g.latestYear - year) / HALF_LIFE);

/** Recent, weighted collaborations: the actor's projects and direct links, each decayed by age. */
export function activityOf(g: PartnerIndexes, actor: string): Activity {
  let raw = 0;
  let latestYear: number | undefined;
  const seen = (y: number | undefined) => {
    if (y !== undefined) latestYear = Math.max(latestYear ?? y, y);
  };
  const projects = g.projectsOf.get(actor) ?? [];
  for (const p of projects) {
    raw += decay(g, p.year);
    seen(p.year);
  }
  g.network.forEachEdge(actor, (_e, t) => {
    if (t.types.length === 0) return;
    raw += t.types.length * decay(g, t.lastYear);
    seen(t.lastYear);
  });
  return { raw, projects: projects.length, ...(latestYear !== undefined ? { latestYear } : {}) };
}

/** An actor's activity, as buildPartnerGraph computed it for every actor (`g.activity`). */
export const activity = (g: PartnerGraph, actor: string): Activity => g.activity.get(actor) ?? activityOf(g, actor);
