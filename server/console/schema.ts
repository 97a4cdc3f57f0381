import type { ConsoleSchema } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { ALLOWED_PROCEDURES, isAllowedFunction } from './allowlist.ts';

// What the console's editor completes: the live schema, and the procedures and functions a
// researcher may call there (nothing outside the allowlist is offered).

export function consoleSchema(db: GraphDb): Promise<ConsoleSchema> {
  return db.reading(async (read) => {
    const [names] = await read.rows<{ labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }>('console-schema');
    const procedures = await read.rows<{ name: string; signature: string; description: string }>('console-procedures', { names: [...ALLOWED_PROCEDURES] });
    const functions = await read.rows<{ name: string; signature: string }>('console-functions');
    return {
      labels: names?.labels ?? [],
      relationshipTypes: names?.relationshipTypes ?? [],
      propertyKeys: names?.propertyKeys ?? [],
      procedures: procedures.map(({ name, signature, description }) => ({ name, signature, description })),
      functions: functions.map(({ name, signature }) => ({ name, signature })).filter((f) => isAllowedFunction(f.name)),
    };
  });
}
