import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { SavedQuery, SavedQueryInput } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { query } from '../db/queries.ts';

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
  return (await db.read<Row>(query('saved-query-list'), { limit: neo4j.int(limit) })).map(fromRow);
}

export async function saveQuery(db: GraphDb, input: SavedQueryInput): Promise<SavedQuery> {
  const rows = await db.write(async (tx) => (await tx.run<Row>(query('saved-query-create'), { ...input, id: randomUUID(), params: JSON.stringify(input.params) })).records);
  return fromRow(rows[0]!.toObject());
}

/** True when the query existed. */
export async function deleteSavedQuery(db: GraphDb, id: string): Promise<boolean> {
  const deleted = await db.write(async (tx) => (await tx.run(query('saved-query-delete'), { id })).records[0]?.get('deleted') as number);
  return deleted > 0;
}
