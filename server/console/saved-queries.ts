import { randomUUID } from 'node:crypto';
import type { SavedQuery, SavedQueryInput } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int } from '../db/rows.ts';

// Researchers' saved console queries, kept in Neo4j as :SavedQuery nodes. Parameters are
// stored as their JSON text, so any JSON the console accepts comes back unchanged.

interface Row {
  id: string;
  title: string;
  description: string;
  query: string;
  params: string;
  createdAt: string;
}

const fromRow = (r: Row): SavedQuery => ({ ...r, params: JSON.parse(r.params) as Record<string, unknown> });

export async function listSavedQueries(db: GraphDb, limit: number): Promise<SavedQuery[]> {
  return (await db.rows<Row>('saved-query-list', { limit: int(limit) })).map(fromRow);
}

export async function saveQuery(db: GraphDb, input: SavedQueryInput): Promise<SavedQuery> {
  const rows = await db.write((w) => w.rows<Row>('saved-query-create', { ...input, id: randomUUID(), params: JSON.stringify(input.params) }));
  return fromRow(rows[0]!);
}

/** True when the query existed. */
export async function deleteSavedQuery(db: GraphDb, id: string): Promise<boolean> {
  const [row] = await db.write((w) => w.rows<{ deleted: number }>('saved-query-delete', { id }));
  return (row?.deleted ?? 0) > 0;
}
