import type { Node, Relationship } from 'neo4j-driver';
import type { GraphDb } from '../db/graph-db.ts';
import { query } from '../db/queries.ts';
import { toElements, type GraphElements } from '../graph/elements.ts';
import { resolveNodeIds } from './node-ids.ts';

export const SCOPES = ['all', 'sector', 'region', 'policy', 'project'] as const;
export type Scope = (typeof SCOPES)[number];
export const SCOPE_LABEL = { sector: 'Sector', region: 'Region', policy: 'Policy', project: 'Project' } as const;

export interface ScopeGraph extends GraphElements {
  scope: { scope: Scope; id: string | null; actors: number; truncated: boolean };
}

/**
 * The actors of a scope (see cypher/queries/scope-actors-*.cypher) and the collaboration links
 * among them, at most `limit` actors: the ones with the most collaboration links, so that a cut
 * scope keeps its core rather than whichever ids sort first.
 */
export async function scopeGraph(db: GraphDb, scope: Scope, id: string | undefined, limit: number): Promise<ScopeGraph> {
  return db.readAll(async (tx) => {
    const eid = scope === 'all' || !id ? null : (await resolveNodeIds(tx, [id], 'id')).get(id)!;
    const [row] = (await tx.run(query(`scope-actors-${scope}`), { eid })).records;
    const all = (row?.get('ids') as string[] | undefined) ?? [];
    const ids = all.slice(0, limit);
    const [graph] = (await tx.run(query('graph-of'), { ids, types: ['COLLABORATES_WITH'] })).records;
    const elements = toElements(graph?.get('nodes') as Node[], graph?.get('links') as Relationship[]);
    return { ...elements, scope: { scope, id: id ?? null, actors: elements.nodes.length, truncated: all.length > limit } };
  });
}
