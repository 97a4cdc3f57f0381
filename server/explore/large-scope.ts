import { HELICES, type Helix, type ScopeCut } from '../../contract/index.ts';
import { helixRecord, type HelixCounts } from '../analytics/helix.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int } from '../db/rows.ts';
import { isMemoryLimit } from '../http/problem.ts';
import { toElements } from '../graph/elements.ts';
import { splitRows, type GraphRow } from './graph-of.ts';
import { resolveNodeIds } from './node-ids.ts';
import { markUndated, periodParams, periodSummary, type PeriodInput } from './period.ts';
import type { WholeScope } from './analysis-jobs.ts';
import type { Scope, ScopeGraph } from './scope.ts';
import type { FreshScope, WholeGraphAnalytics } from './whole-graph-analytics.ts';
import { periodTieRows, type PeriodProfile, type TieRow } from './period-profile.ts';
import type { StoredScope } from './scope-figures.ts';

/** The most actors a large scope's answer draws (fewer when HELIX_RESULT_LIMIT is lower). */
export const DRAW_CUT = 500;
/**
 * A scope whose actors have more collaboration link ends than this is large even when it has no
 * more actors than the result limit: the links among the 5,000 most connected actors of the
 * Belgian CORDIS graph exceeded the transaction memory (422 after 8 s).
 */
export const MAX_LINK_ENDS = 100_000;
const LINKS_PER_ACTOR = 4;

export interface LargeScope {
  /** The drawn cut, as /api/triple-helix reads a scope. */
  graph: ScopeGraph;
  /** The helix counts of the whole scope, counted in the database (when asked for). */
  counts?: HelixCounts;
  cut: ScopeCut;
}

const isHelix = (v: unknown): v is Helix => typeof v === 'string' && (HELICES as readonly string[]).includes(v);

/**
 * Where a large scope's helix counts come from: counted in the database over the list of its actors
 * (`live`), weighed from the stored period profile of the whole graph (`profile`, scope all in a
 * period), the stored counts of the whole graph less those of the few actors outside the scope
 * (`complement`), the stored ones of the scope itself (`stored`: a large policy, sector or region in all years,
 * scope-figures.ts), or not needed here (`none`: stored, or metrics).
 */
export type CountSource = { from: 'live' } | { from: 'profile'; profile: PeriodProfile } | { from: 'complement'; all: HelixCounts } | { from: 'stored'; counts: HelixCounts } | { from: 'none' };

/**
 * A scope in all years holding all but at most this many actors of a fresh whole-graph run (the H2020
 * programme of a CORDIS import beside the seeds) has its helix counts as the stored ones of the whole
 * graph less what the actors outside it contribute, which only their ties tell.
 */
export const MAX_COMPLEMENT = 5_000;

/**
 * A scope too large to read whole (more actors than `limit`, or more link ends than MAX_LINK_ENDS;
 * scopeGraphUnlessLarge tells): its helix counts from aggregating queries over all its actors, and
 * the most central `DRAW_CUT` actors (by the stored PageRank) with their strongest links, to draw.
 */
export async function largeScope(
  db: GraphDb,
  scope: Scope,
  id: string | undefined,
  limit: number,
  period: PeriodInput,
  source: CountSource,
  /** Whether the scope holds every actor of a stored run the data has not changed since: then its counts need no counting, and its cut is everything's. */
  everyActor: boolean,
  /** How many actors the scope holds (scopeGraphUnlessLarge counted them; not for everything in a period). */
  total: number | undefined,
  /** The scope's size and drawn cut as the fresh stored run has them: then it is not listed. */
  known?: StoredScope,
): Promise<LargeScope> {
  const params = periodParams(period);
  const draw = Math.min(limit, DRAW_CUT);
  // Everything (or a scope holding every actor), when no count needs the list of its actors: the cut without listing them.
  const listed = !known && !everyActor && (source.from === 'live' || scope !== 'all');
  // Counts that would exceed the read timeout or the transaction memory (a period's weights over the
  // whole CORDIS graph) give way to the figures of the shown actors, said so, rather than no answer.
  // The profile's counts need no list of the actors: under way while the cut is read (Neo4j runs
  // each query on one core).
  const profiled = source.from === 'profile' ? profileCounts(db, source.profile, period).catch(givingWay) : undefined;
  // handled when awaited below; and not a crash should reading the cut fail first
  profiled?.catch(() => undefined);
  // Everything in a period, not counted yet: its actors counted with its figures, else here.
  const counted = total === undefined && !listed ? countedTotal(db, profiled, params) : undefined;
  counted?.catch(() => undefined);
  const found = await db.reading(async (read) => {
    if (known) return { total: known.total, ids: [], shown: known.shown.slice(0, draw) };
    if (!listed) {
      const [row] = await read.rows<{ shown: string[] }>('scope-cut-all', { limit: int(draw), ...params });
      return { total: total ?? 0, ids: [], shown: row?.shown ?? [] };
    }
    const eid = scope === 'all' || !id ? null : (await resolveNodeIds(read, [id], 'id')).get(id)!;
    const [row] = await read.rows<{ total: number; ids: string[]; shown: string[] }>({ name: 'scope-cut', scope }, { eid, limit: int(draw), ...params });
    return row ?? { total: 0, ids: [], shown: [] };
  });
  // The counts and the drawn links in two transactions at once.
  const counting = profiled ? profiled.then((p) => p?.counts) : (everyActor ? undefined : source.from === 'live' ? liveCounts(db, found.ids, period).catch(givingWay) : source.from === 'complement' ? complementCounts(db, found.ids, source.all).catch(givingWay) : source.from === 'stored' ? source.counts : undefined);
  const [counts, graph, scopeTotal] = await Promise.all([counting, drawnGraph(db, found.shown, draw, period), counted ?? found.total]);
  const ranked = graph.nodes.some((n) => typeof n.data.pagerank === 'number');
  return {
    graph: { ...graph, scope: { scope, id: id ?? null, actors: graph.nodes.length, truncated: true, period: periodSummary(period) } },
    ...(counts ? { counts } : {}),
    cut: { total: scopeTotal, shown: graph.nodes.length, by: ranked ? 'pagerank' : 'links', statistics: counts || source.from === 'none' || everyActor ? 'scope' : 'shown' },
  };
}

function givingWay(err: unknown): undefined {
  if (isMemoryLimit(err) || /TransactionTimedOut/.test((err as { code?: string }).code ?? '')) return undefined;
  throw err;
}

/** The helix counts of the actors `ids` (element ids) and the collaboration ties among them that count in the period, counted in the database. */
async function liveCounts(db: GraphDb, ids: string[], period: PeriodInput): Promise<HelixCounts> {
  const params = { ids, ...periodParams(period) };
  const [actorRows, tieRows] = await Promise.all([db.rows<ActorRow>('scope-helix-actors', params), db.rows<TieRow>('scope-helix-ties', params)]);
  return countsOf(actorRows, tieRows);
}

/**
 * The helix counts of the whole graph in a period: its dated ties weighed from the stored profile,
 * its ties without years and its actors (those of the period, and which of them are tied there)
 * counted in the database, neither reading every tie's years.
 */
async function profileCounts(db: GraphDb, profile: PeriodProfile, period: PeriodInput): Promise<{ counts: HelixCounts; total: number }> {
  const params = periodParams(period);
  const undated = profile.undated.length && period.undated !== 'hide';
  const [actorRows, undatedRows] = await Promise.all([
    db.rows<ActorRow>('scope-helix-actors-all', params),
    undated ? db.rows<TieRow>('scope-helix-undated-ties', { ties: profile.undated, ...params }) : Promise.resolve([]),
  ]);
  // every actor of the period, those without a helix too
  const total = actorRows.reduce((sum, r) => sum + r.actors, 0);
  return { counts: countsOf(actorRows, [...periodTieRows(profile.groups, period), ...undatedRows]), total };
}

/** How many actors everything in a period holds: from its profiled figures, or counted when they give none. */
async function countedTotal(db: GraphDb, profiled: Promise<{ total: number } | undefined> | undefined, params: Record<string, unknown>): Promise<number> {
  const fromFigures = await profiled;
  if (fromFigures) return fromFigures.total;
  const [row] = await db.rows<{ actors: number }>('scope-all-period-size', params);
  return row?.actors ?? 0;
}

/** The helix counts of a scope (`ids`, all years) from the whole graph's stored ones (`all`), less the actors outside it and their ties. */
async function complementCounts(db: GraphDb, ids: string[], all: HelixCounts): Promise<HelixCounts> {
  const helices = [...HELICES];
  const outside = await db.rows<{ id: string; helix: unknown; isolated: boolean }>('scope-complement-actors', { ids, helices });
  const out = outside.map((x) => x.id);
  const [tieRows, isolatedRows] = await Promise.all([db.rows<TieRow>('scope-complement-ties', { out }), db.rows<{ helix: unknown; actors: number }>('scope-complement-isolated', { out, helices })]);
  const less = countsOf(
    outside.map((x) => ({ helix: x.helix, actors: 1, isolated: x.isolated ? 1 : 0 })),
    tieRows,
  );
  const newlyIsolated = countsOf(isolatedRows.map((r) => ({ helix: r.helix, actors: 0, isolated: r.actors })), []).isolated;
  return {
    actors: helixRecord((h) => all.actors[h] - less.actors[h]),
    ties: helixRecord((g) => helixRecord((h) => all.ties[g][h] - less.ties[g][h])),
    weightedTies: helixRecord((g) => helixRecord((h) => all.weightedTies[g][h] - less.weightedTies[g][h])),
    isolated: helixRecord((h) => all.isolated[h] - less.isolated[h] + newlyIsolated[h]),
  };
}

export interface ActorRow {
  helix: unknown;
  actors: number;
  isolated: number;
}

export function countsOf(actorRows: ActorRow[], tieRows: TieRow[]): HelixCounts {
  const actors = helixRecord(() => 0);
  const isolated = helixRecord(() => 0);
  for (const r of actorRows) {
    if (!isHelix(r.helix)) continue;
    actors[r.helix] += r.actors;
    isolated[r.helix] += r.isolated;
  }
  const ties = helixRecord(() => helixRecord(() => 0));
  const weightedTies = helixRecord(() => helixRecord(() => 0));
  for (const r of tieRows) {
    if (!isHelix(r.g) || !isHelix(r.h)) continue;
    ties[r.g][r.h] += r.ties;
    weightedTies[r.g][r.h] += r.weight;
    if (r.g === r.h) continue;
    ties[r.h][r.g] += r.ties;
    weightedTies[r.h][r.g] += r.weight;
  }
  return { actors, ties, weightedTies, isolated };
}

/** The shown actors and their strongest links, at most LINKS_PER_ACTOR per actor. */
async function drawnGraph(db: GraphDb, shown: string[], draw: number, period: PeriodInput) {
  const maxLinks = LINKS_PER_ACTOR * draw;
  const { nodes, links } = splitRows(await db.rows<GraphRow>('scope-links', { ids: shown, maxLinks: int(maxLinks), ...periodParams(period) }));
  return markUndated(toElements(nodes, links.slice(0, maxLinks)), period);
}

/**
 * A large scope with what its answer stands for: the cut, the whole scope's helix counts, and the
 * stored whole-graph run when the scope is everything in all years (the run's metrics are of that
 * graph) — or, in all years, holds as many actors as the run did while the data has not changed
 * since: then it is every actor (the H2020 programme of a CORDIS import), and so the same graph.
 */
export async function wholeScopeOf(
  db: GraphDb,
  scope: Scope,
  id: string | undefined,
  limit: number,
  period: PeriodInput,
  stored: WholeGraphAnalytics | undefined,
  needs: 'helix' | 'metrics',
  /** How many actors the scope holds (scopeGraphUnlessLarge counted them, or the stored run: `known`; not for everything in a period). */
  total: number | undefined,
  /** The scope's figures stored by a fresh whole-graph run (storedScopeOf). */
  known?: FreshScope,
): Promise<{ graph: ScopeGraph; whole: WholeScope }> {
  const allYears = !period.period && period.undated !== 'hide';
  const last = allYears && stored ? (known?.last ?? (await stored.stored())) : null;
  const fresh = last?.run && !last.stale ? last.run : undefined;
  const everything = allYears && scope === 'all';
  // Everything in a period: its dated ties weighed from the stored run's period profile, while the
  // data has not changed since, instead of reading the years of every tie.
  const profiled = needs === 'helix' && scope === 'all' && !allYears && stored ? await stored.freshPeriodProfile() : null;
  // The stored run's helix counts stand for the whole graph while the data has not changed since.
  const everyActor = !everything && total !== undefined && fresh?.summary.nodeCount === total;
  const almostEvery = !everything && !everyActor && fresh !== undefined && total !== undefined && fresh.summary.nodeCount - total <= MAX_COMPLEMENT;
  const source: CountSource =
    needs === 'metrics' || (everything && fresh) ? { from: 'none' } : profiled ? { from: 'profile', profile: profiled.profile } : known && !everyActor ? { from: 'stored', counts: known.scope.counts } : almostEvery ? { from: 'complement', all: fresh.summary.helix } : { from: 'live' };
  const large = await largeScope(db, scope, id, limit, period, source, everyActor, total, known?.scope);
  const whole = everything || everyActor;
  const run = whole && last?.run ? { at: last.run.at, stale: last.stale, summary: last.run.summary } : undefined;
  const storedCounts = whole && fresh ? fresh.summary.helix : undefined;
  const counts = needs === 'helix' ? (storedCounts ?? large.counts) : undefined;
  // figures weighed from a stored run name it
  const from = profiled?.at ?? (source.from === 'complement' ? fresh?.at : source.from === 'stored' ? known?.at : undefined);
  const cut = storedCounts ? { ...large.cut, statistics: 'scope' as const } : from && large.counts ? { ...large.cut, metricsAt: from, stale: false } : large.cut;
  return { graph: large.graph, whole: { cut, ...(counts ? { counts } : {}), ...(run ? { stored: run } : {}) } };
}

/** The kinds of scope whose large ones the whole-graph run stores (analytics-scope-large.cypher). */
const STORED_KINDS: readonly Scope[] = ['policy', 'sector', 'region'];

/**
 * The figures a fresh whole-graph run stored of a policy, sector or region scope in all years with
 * more actors than `limit` (scope-figures.ts), else undefined: with them its triple helix and
 * metrics neither list nor count its actors (on the generated 100k graph, 52k actors of a programme
 * took 2–3 s, 40k of a sector 3–5 s).
 */
export async function storedScopeOf(scope: Scope, id: string | undefined, limit: number, period: PeriodInput, stored: WholeGraphAnalytics | undefined): Promise<FreshScope | undefined> {
  if (!STORED_KINDS.includes(scope) || !id || !stored || period.period || period.undated === 'hide') return undefined;
  const known = await stored.freshScope(id);
  return known && known.scope.total > limit ? known : undefined;
}
