import { readFileSync } from 'node:fs';
import type { Health } from '../../contract/index.ts';
import { graphCounts } from '../db/counts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { query } from '../db/queries.ts';

export const APP_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export async function health(db: GraphDb): Promise<Health> {
  try {
    const [server] = await db.read<{ version: string; edition: string }>(query('health'));
    const counts = await graphCounts(db);
    return { status: 'ok', version: APP_VERSION, neo4j: { reachable: true, version: server?.version, edition: server?.edition }, counts };
  } catch (err) {
    return { status: 'degraded', version: APP_VERSION, neo4j: { reachable: false, error: (err as Error).message.split('\n')[0] } };
  }
}
