import type { GraphDb } from './graph-db.ts';
import { cypherFile, statements } from './queries.ts';

/** Applies cypher/schema.cypher (every statement is IF NOT EXISTS, so this is idempotent). */
export async function applySchema(db: GraphDb): Promise<number> {
  const list = statements(cypherFile('schema.cypher'));
  for (const statement of list) {
    const session = db.driver.session({ database: db.options.database });
    try {
      await session.run(statement);
    } finally {
      await session.close();
    }
  }
  await db.read('CALL db.awaitIndexes(60)');
  return list.length;
}
