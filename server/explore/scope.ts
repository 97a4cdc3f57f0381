import type { Scope, ScopeSummary } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int } from '../db/rows.ts';
import { toElements, type GraphElements } from '../graph/elements.ts';
import { splitRows, type GraphRow } from './graph-of.ts';
import { resolveNodeIds } from './node-ids.ts';
import { markUndated, periodParams, periodSummary, type PeriodInput } from './period.ts';

export { SCOPES, SCOPE_LABEL, type Scope } from '../../contract/index.ts';

const LINKS_PER_ACTOR = 4;

export interface ScopeGraph extends GraphElements {
  scope: ScopeSummary;
}

/**
 * The actors of a scope (its definition: cypher/queries/scope-actors-<kind>.cypher) and the collaboration links
 * among them, at most `limit` actors: the ones with the most collaboration links, so that a cut
 * scope keeps its core rather than whichever ids sort first; and at most LINKS_PER_ACTOR links per
 * actor kept, the strongest; within a period, only actors and links of the period (cypher/period/),
 * links weighted by their projects there, because that core is dense (on the 100k synthetic graph 5,000 such
 * actors have so many links among them that the answer was 30 MB).
 */
export async function scopeGraph(db: GraphDb, scope: Scope, id: string | undefined, limit: number, period: PeriodInput = {}): Promise<ScopeGraph> {
  return (await readScope(db, scope, id, limit, period, false)) as ScopeGraph;
}

/** A scope too large to read whole, and how many actors it holds (everything in a period: not counted yet). */
export interface LargeScopeSize {
  large: true;
  total?: number;
}

/**
 * As scopeGraph, but only the size of a scope too large to read whole: more actors than `limit`, or
 * more collaboration link ends than `maxLinkEnds` among them (large-scope.ts answers those).
 */
export function scopeGraphUnlessLarge(db: GraphDb, scope: Scope, id: string | undefined, limit: number, period: PeriodInput, maxLinkEnds: number): Promise<ScopeGraph | LargeScopeSize> {
  return readScope(db, scope, id, limit, period, maxLinkEnds);
}

async function readScope(db: GraphDb, scope: Scope, id: string | undefined, limit: number, period: PeriodInput, maxLinkEnds: number | false): Promise<ScopeGraph | LargeScopeSize> {
  return db.reading(async (read) => {
    // Everything in all years: its size from the count store, before ranking every actor by its links.
    if (maxLinkEnds !== false && scope === 'all' && !period.period) {
      const [size] = await read.rows<{ actors: number; links: number }>('scope-all-size');
      if (size && (size.actors > limit || 2 * size.links > maxLinkEnds)) return { large: true, total: size.actors };
    }
    // Everything in a period: more actors than the limit is known before every actor is asked.
    if (maxLinkEnds !== false && scope === 'all' && period.period) {
      const [seen] = await read.rows<{ actors: number }>('scope-all-period-beyond', { over: int(limit + 1), ...periodParams(period) });
      if (seen && seen.actors > limit) return { large: true };
    }
    const eid = scope === 'all' || !id ? null : (await resolveNodeIds(read, [id], 'id')).get(id)!;
    const [row] = await read.rows<{ ids: string[]; total: number; linkEnds: number }>({ name: 'scope-actors', scope }, { eid, limit: int(limit), rankLarge: maxLinkEnds === false, ...periodParams(period) });
    const ids = row?.ids ?? [];
    const total = row?.total ?? 0;
    if (maxLinkEnds !== false && (total > limit || (row?.linkEnds ?? 0) > maxLinkEnds)) return { large: true, total };
    const maxLinks = LINKS_PER_ACTOR * limit;
    const { nodes, links } = splitRows(await read.rows<GraphRow>('scope-links', { ids, maxLinks: int(maxLinks), ...periodParams(period) }));
    const elements = markUndated(toElements(nodes, links.slice(0, maxLinks)), period);
    const truncated = total > limit || links.length > maxLinks;
    return { ...elements, scope: { scope, id: id ?? null, actors: elements.nodes.length, truncated, period: periodSummary(period) } };
  });
}
