import { readFileSync } from 'node:fs';
import type { Health } from '../../contract/index.ts';
import { graphCounts } from '../db/counts.ts';
import type { GraphDb } from '../db/graph-db.ts';

export const APP_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The health answer, and the error behind a degraded one (for the log, never for the caller). */
export async function health(db: GraphDb, requestId?: string): Promise<{ body: Health; error?: unknown }> {
  try {
    const [server] = await db.rows<{ version: string; edition: string }>('health');
    const counts = await graphCounts(db);
    return { body: { status: 'ok', version: APP_VERSION, neo4j: { reachable: true, version: server?.version, edition: server?.edition }, counts } };
  } catch (error) {
    const where = requestId ? `the server log has the details under request ${requestId}` : 'the server log has the details';
    return { body: { status: 'degraded', version: APP_VERSION, neo4j: { reachable: false, error: `Neo4j cannot be reached; ${where}` } }, error };
  }
}
