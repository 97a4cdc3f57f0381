import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Scope } from '../../contract/index.ts';
import { scopedQuery, templateQuery, yearlyScopedQuery } from './queries.ts';

// What services read with: a named query in, plain rows out. The driver stays in server/db.

/** A node in a row (the driver's nodes have this shape). */
export interface GraphNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship in a row. */
export interface GraphLink {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

/**
 * A named query (cypher/queries/<name>.cypher): by name, or with the scope kind to put in its
 * {{SCOPE}} slot, or with label and type slots filled from the schema's closed lists, or with the
 * scope kind its {{SCOPE_YEARS}} slot reads year by year (yearlyScopedQuery).
 */
export type QueryRef = string | { name: string; scope?: Scope; slots?: Record<string, string> } | { name: string; scope: Scope; yearly: true };

/** Reads named queries; the reads of one Reader share one read transaction. */
export interface Reader {
  rows<T extends object = Row>(q: QueryRef, params?: Row): Promise<T[]>;
}

/** Runs named queries that write; the statements of one Writer share one write transaction. */
export type Writer = Reader;

/** An integer parameter (LIMIT, SKIP): the app's driver would send a JS number as a float. */
export const int = (n: number): unknown => neo4j.int(n);

export function queryText(q: QueryRef): string {
  if (typeof q === 'string') return scopedQuery(q);
  if ('yearly' in q) return yearlyScopedQuery(q.name, q.scope);
  return q.slots ? templateQuery(q.name, q.slots) : scopedQuery(q.name, q.scope);
}

/** The parameters of the period fragments (cypher/period/) when a read names no period. */
export const NO_PERIOD: Row = { periodFrom: null, periodTo: null, hideUndated: false };

/** Named queries run in `tx` (a read or a write transaction, managed or explicit). */
export function readerOf(tx: Pick<ManagedTransaction, 'run'>): Reader {
  return {
    rows: async <T extends object = Row>(q: QueryRef, params: Row = {}) => (await tx.run(queryText(q), { ...NO_PERIOD, ...params })).records.map((r) => r.toObject() as T),
  };
}
