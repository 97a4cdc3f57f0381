import type { ActivityYears } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';

// The data's years: activity per year (the period control's histogram); a scope's figures year by
// year are in helix-years.ts.

/** The last answer per database and the data version it was asked at: every view's period bar asks for it. */
const known = new WeakMap<GraphDb, { version: string; answer: Promise<ActivityYears> }>();

/**
 * The years of the data, read again only when the data changed: on a large graph the reading walks
 * every participation (seconds on the 100k graph), while a page load only needs the same answer.
 */
export async function activityYears(db: GraphDb): Promise<ActivityYears> {
  const version = await db.dataVersion();
  const hit = known.get(db);
  if (hit?.version === version) return hit.answer;
  // Keyed by the version before the reading: a write meanwhile only makes the next call read again.
  const answer = readActivityYears(db);
  known.set(db, { version, answer });
  answer.catch(() => {
    if (known.get(db)?.answer === answer) known.delete(db);
  });
  return answer;
}

function readActivityYears(db: GraphDb): Promise<ActivityYears> {
  return db.reading(async (read) => {
    const years = await read.rows<ActivityYears['years'][number]>('activity-years');
    const [undated] = await read.rows<ActivityYears['undated']>('activity-undated');
    return { years, undated: undated ?? { projects: 0, participations: 0 } };
  });
}
