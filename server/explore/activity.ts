import type { ActivityYears } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';

// The data's years: activity per year (the period control's histogram); a scope's figures year by
// year are in helix-years.ts.

export async function activityYears(db: GraphDb): Promise<ActivityYears> {
  return db.reading(async (read) => {
    const years = await read.rows<ActivityYears['years'][number]>('activity-years');
    const [undated] = await read.rows<ActivityYears['undated']>('activity-undated');
    return { years, undated: undated ?? { projects: 0, participations: 0 } };
  });
}
