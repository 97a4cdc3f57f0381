import type { GraphDb } from '../db/graph-db.ts';
import { periodParams, type PeriodInput } from '../explore/period.ts';
import { HELICES, type Helix } from '../graph/model.ts';
import type { PartnerData } from './data.ts';

const isHelix = (v: unknown): v is Helix => typeof v === 'string' && (HELICES as readonly string[]).includes(v);
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
/** A year from a number or the start of a date string ("2016-01-25", "2012"). */
export const yearOf = (v: unknown): number | undefined => {
  const y = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.slice(0, 4)) : NaN;
  return Number.isInteger(y) && y > 1800 && y < 2200 ? y : undefined;
};

/**
 * Reads what the partner finder scores, in one read transaction, with the named partners-* queries;
 * within a period only the links, participations and projects of the period (cypher/period/).
 */
export async function loadPartnerData(db: GraphDb, timeoutMs?: number, period: PeriodInput = {}): Promise<PartnerData> {
  const params = periodParams(period);
  return db.reading(async (read) => {
    const data: PartnerData = { actors: [], ties: [], projects: [], topics: [], actorTopics: [], topicLinks: [], regions: [], actorRegions: [], regionParents: [], policies: [] };
    for (const r of await read.rows('partners-actors', params)) {
      const helix = r.helix;
      data.actors.push({
        id: String(r.id),
        name: String(r.name),
        ...(isHelix(helix) ? { helix } : {}),
        ...(str(r.kind) ? { kind: str(r.kind)! } : {}),
        ...(str(r.country) ? { country: str(r.country)! } : {}),
        ...(r.active === false ? { outOfPeriod: true as const } : {}),
      });
    }
    for (const r of await read.rows('partners-ties', params)) {
      const weight = typeof r.weight === 'number' && r.weight > 0 ? r.weight : undefined;
      const year = yearOf(r.year);
      data.ties.push({ a: String(r.a), b: String(r.b), type: String(r.type), ...(weight ? { weight } : {}), ...(year ? { year } : {}) });
    }
    for (const r of await read.rows('partners-projects', params)) {
      const year = yearOf(r.start);
      data.projects.push({ id: String(r.id), name: String(r.name), members: r.members as string[], topics: r.topics as string[], ...(year ? { year } : {}) });
    }
    for (const r of await read.rows('partners-topics', params)) {
      data.topics.push({ id: String(r.id), name: String(r.name) });
      for (const a of r.actors as string[]) data.actorTopics.push([a, String(r.id)]);
    }
    for (const r of await read.rows('partners-topic-links', params)) data.topicLinks.push([String(r.a), String(r.b)]);
    for (const r of await read.rows('partners-regions', params)) {
      data.regions.push({ id: String(r.id), name: String(r.name), ...(str(r.level) ? { level: str(r.level)! } : {}), benchmark: r.benchmark === true });
      for (const p of r.parents as string[]) data.regionParents.push([String(r.id), p]);
      for (const a of r.actors as string[]) data.actorRegions.push([a, String(r.id)]);
    }
    for (const r of await read.rows('partners-policies', params)) data.policies.push({ id: String(r.id), name: String(r.name), prioritises: r.prioritises as string[] });
    return data;
  }, timeoutMs);
}
