import type { ConsoleSchema } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { query } from '../db/queries.ts';
import { ALLOWED_PROCEDURES, isAllowedFunction } from './allowlist.ts';

// What the console's editor completes: the live schema, and the procedures and functions a
// researcher may call there (nothing outside the allowlist is offered).

export function consoleSchema(db: GraphDb): Promise<ConsoleSchema> {
  return db.readAll(async (tx) => {
    const names = (await tx.run(query('console-schema'))).records[0];
    const procedures = await tx.run(query('console-procedures'), { names: [...ALLOWED_PROCEDURES] });
    const functions = await tx.run(query('console-functions'));
    return {
      labels: (names?.get('labels') as string[] | undefined) ?? [],
      relationshipTypes: (names?.get('relationshipTypes') as string[] | undefined) ?? [],
      propertyKeys: (names?.get('propertyKeys') as string[] | undefined) ?? [],
      procedures: procedures.records.map((r) => ({ name: r.get('name') as string, signature: r.get('signature') as string, description: r.get('description') as string })),
      functions: functions.records
        .map((r) => ({ name: r.get('name') as string, signature: r.get('signature') as string }))
        .filter((f) => isAllowedFunction(f.name)),
    };
  });
}
