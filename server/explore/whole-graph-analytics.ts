import type { AnalyticsStatus, WholeGraphSummaryAnswer } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { Logger } from '../logger.ts';
import type { AnalysisPool } from './analysis-pool.ts';
import { combined, pathsOf, type Network, type WholeGraphBetweenness, type WholeGraphCommunities, type WholeGraphNeighbourhoods, type WholeGraphPart, type WholeGraphPartName } from '../analytics/whole-graph.ts';
import { betweennessRows, communitiesRows, neighbourhoodRows, type WholeGraphRow } from './whole-graph-rows.ts';
import { profileGroups, type PeriodProfile } from './period-profile.ts';
import { DRAW_CUT } from './large-scope.ts';
import { periodParams } from './period.ts';
import { scopeCountsOf, type StoredScope } from './scope-figures.ts';
import { int } from '../db/rows.ts';

/** A large scope's stored figures from a fresh run (freshScope), with that run. */
export interface FreshScope {
  at: string;
  scope: StoredScope;
  last: { run: StoredRun; stale: boolean };
}

const rowsOf = { betweenness: betweennessRows, neighbourhoods: neighbourhoodRows, communities: communitiesRows };

/** Actors written per write transaction. */
export const WRITE_BATCH = 5000;
/**
 * Write transactions at once (each half's batches share them): on the 100k synthetic graph two wrote
 * the same rows in 40–60 % of the time of one (bench/README.md).
 */
const WRITE_CONCURRENCY = 2;
/** The job's computation may take this long on its analysis thread (the CORDIS graph: tens of seconds on a busy 2-core machine). */
const COMPUTE_TIMEOUT_MS = 600_000;
/**
 * The most project ties without stored project years (whose shared projects the period profile
 * reads, tie by tie) and the most ties without years (whose ids it keeps, to check them as asked)
 * a profile takes; a graph with more (a generated one, where every tie is a project tie without
 * stored years) gets none, and its triple helix of everything in a period counts every tie.
 */
export const MAX_UNLISTED_TIES = 50_000;
export const MAX_UNDATED_TIES = 5_000;

export interface StoredRun {
  at: string;
  summary: WholeGraphSummaryAnswer;
  marker: string;
}

/**
 * The whole-graph analytics job: reads the actor network, computes every actor's metrics on an
 * analysis thread (whole-graph.ts) and writes them back as actor properties in batches, and the
 * run's summary on an (:AnalyticsRun) node. One run at a time; asking again while one runs joins
 * it. The metrics are stale when the data changed after the run: a write through this GraphDb
 * (its generation moved), or node and link counts that differ from the run's (writers elsewhere).
 * The job's own writes are bookkeeping: they tell no cache (the partner finder reads no metric).
 */
export class WholeGraphAnalytics {
  private state: AnalyticsStatus['state'] = 'idle';
  private progress?: AnalyticsStatus['progress'];
  private error?: string;
  private lastMs?: number;
  /** The GraphDb generation the stored metrics were read at; undefined before a run of this process. */
  private generation?: number;
  private running?: Promise<void>;
  /** Writes through the GraphDb before this service existed (loading the seeds at start) are not changes it missed. */
  private readonly bornAt: number;
  /** Write transactions of the job under way, and the batches waiting for one. */
  private writing = 0;
  private readonly waitingWrites: (() => void)[] = [];
  /** The run (its generation) whose stored summary was last marked stale. */
  private markedAt?: number | null = null;
  /** The stored run's period profile, read once per run. */
  private profile?: { at: string; profile: PeriodProfile | null };
  /** The stored run's figures of the large policy, sector and region scopes, by scope id, read once per run. */
  private scopes?: { at: string; scopes: Record<string, StoredScope> };

  constructor(
    private readonly db: GraphDb,
    private readonly pool: AnalysisPool,
    private readonly readTimeoutMs: number,
    private readonly logger?: Logger,
    /** A policy, sector or region scope of more actors than this (the server's result limit) is answered cut: the job stores its figures. */
    private readonly resultLimit = DRAW_CUT,
  ) {
    this.bornAt = db.generation;
    db.onChange(() => this.markStale());
  }

  /** Says on the stored run that the data changed, once per run, so that other app instances on the database know too. */
  private markStale(): void {
    if (this.markedAt === this.generation) return;
    this.markedAt = this.generation;
    this.db.writeBookkeeping((w) => w.rows('analytics-run-stale')).catch((err: unknown) => this.logger?.warn({ err }, 'could not mark the whole-graph metrics stale'));
  }

  /** Starts a run unless one is running; answers whether this call started it. */
  start(): boolean {
    if (this.running) return false;
    this.state = 'running';
    this.error = undefined;
    const started = performance.now();
    this.running = this.runOnce()
      .then(() => {
        this.state = 'done';
        this.lastMs = Math.round(performance.now() - started);
        this.logger?.info({ ms: this.lastMs }, 'whole-graph analytics written');
      })
      .catch((err: unknown) => {
        this.state = 'failed';
        this.error = (err as Error).message.split('\n')[0];
        this.logger?.warn({ err }, 'whole-graph analytics failed');
      })
      .finally(() => {
        this.progress = undefined;
        this.running = undefined;
      });
    return true;
  }

  /** A run after an import (or the one under way, which read the data before the import's end: then another); resolves when it has ended, failed or not. */
  async afterImport(): Promise<void> {
    if (this.running) await this.running;
    this.start();
    await this.running;
  }

  /** Resolves when the run under way (if any) has ended. */
  async settled(): Promise<void> {
    await this.running;
  }

  private async runOnce(): Promise<void> {
    const generation = this.db.generation;
    const ms: Record<string, number> = {};
    let clock = performance.now();
    const lap = (): number => {
      const now = performance.now();
      const spent = Math.round(now - clock);
      clock = now;
      return spent;
    };
    this.progress = { phase: 'reading', done: 0, total: 0 };
    // The ties grouped for the triple helix of everything in a period: read beside the network and
    // while the threads compute (Neo4j runs each query on one core); `ms.profile` says when it was read.
    const begun = performance.now();
    const grouped = this.periodProfile().then(
      (profile) => {
        ms.profile = Math.round(performance.now() - begun);
        return profile;
      },
      (err: unknown) => {
        this.logger?.warn({ err }, 'could not group the ties by period; the triple helix of everything in a period will count them');
        return null;
      },
    );
    const { network, nodes, links, marker } = await this.db.reading(async (read) => {
      const actors = await read.rows<{ node: number; id: string; helix: string | null; neighbours: number[]; weights: number[]; links: number }>('analytics-network');
      const [counts] = await read.rows<{ nodes: number; links: number }>('analytics-marker');
      return { network: networkOf(actors), nodes: actors.map((a) => a.node), links: actors.map((a) => a.links), marker: markerOf(counts) };
    }, this.readTimeoutMs);
    ms.read = lap();
    // The actors of each large policy, sector and region scope: read while the threads compute; counted and cut once the
    // PageRank is computed (`ms.scopes` says when they were stored).
    const members = this.db.reading((read) => read.rows<{ key: string; nodes: number[] }>('analytics-scope-large', { over: int(this.resultLimit), ...periodParams({}) }), this.readTimeoutMs);
    // handled where it is awaited below; and no crash should it fail before
    members.catch(() => undefined);
    let ranked: (pagerank: ArrayLike<number>) => void = () => undefined;
    const scoped = new Promise<ArrayLike<number>>((resolve) => (ranked = resolve))
      .then(async (pagerank) => this.largeScopes(network, { nodes, links, pagerank }, await members))
      .then(
        (scopes) => {
          ms.scopes = Math.round(performance.now() - begun);
          return scopes;
        },
        (err: unknown) => {
          this.logger?.warn({ err }, 'could not count the large scopes; their triple helix will count them');
          return null;
        },
      );
    const started = performance.now();
    const at = new Date().toISOString();
    const { ids } = network;
    this.progress = { phase: 'computing', done: 0, total: ids.length };
    // The parts of the metrics as analysis jobs on the analysis threads (two: betweenness on one,
    // the neighbourhoods after the communities on the other); each part is written back as soon as
    // it is done, while the others compute.
    const written: Record<WholeGraphPartName, number> = { betweenness: 0, neighbourhoods: 0, communities: 0 };
    let computed = 0;
    const part = async (name: WholeGraphPartName): Promise<WholeGraphPart> => {
      const answer = await this.pool.run({ kind: `whole-graph-${name}`, network }, undefined, COMPUTE_TIMEOUT_MS);
      if (!('part' in answer)) throw new Error(`the whole-graph ${name} job answered no metrics`);
      ms[`${name}Computed`] = Math.round(performance.now() - started);
      if (name === 'communities') ranked((answer.part as WholeGraphCommunities).pagerank);
      if (++computed === 3) ms.compute = lap();
      const rows = rowsOf[name](ids, answer.part as never);
      await this.write(rows, at, (done) => {
        written[name] = done;
        // actors that carry every metric of this run
        if (computed === 3) this.progress = { phase: 'writing', done: Math.min(...Object.values(written)), total: ids.length };
      });
      ms[`${name}Written`] = Math.round(performance.now() - started);
      return answer.part;
    };
    const parts = await Promise.allSettled([part('betweenness'), part('communities'), part('neighbourhoods')]);
    // no PageRank: no scopes (the job failed)
    ranked(new Float64Array(0));
    for (const p of parts) if (p.status === 'rejected') throw p.reason;
    const [betweenness, communities, neighbourhoods] = parts.map((p) => (p as PromiseFulfilledResult<unknown>).value) as [WholeGraphBetweenness, WholeGraphCommunities, WholeGraphNeighbourhoods];
    const summary = combined(pathsOf(betweenness, neighbourhoods), communities).summary;
    // write: the time from the end of the computation to the end of the writes, those that did not overlap it
    ms.write = lap();
    const [periodProfile, scopes] = await Promise.all([grouped, scoped]);
    summary.ms = { ...ms, ...summary.ms };
    // a write while the job ran: the metrics are of the data before it
    await this.db.writeBookkeeping((w) => w.rows('analytics-run-save', { at, summary: JSON.stringify(summary), marker, stale: this.db.generation !== generation, periodProfile: periodProfile ? JSON.stringify(periodProfile) : null, scopes: scopes ? JSON.stringify({ at, scopes }) : null }));
    this.generation = generation;
    this.profile = undefined;
    this.scopes = undefined;
  }

  /**
   * The figures of each policy, sector and region scope in all years larger than the result limit (the triple helix
   * and metrics of such a scope answer cut): its actors (`rows`, analytics-scope-large.cypher)
   * counted over `network` (its actors numbered as `nodes`, Neo4j's internal ids of the same data),
   * and the first DRAW_CUT of them in scope-cut.cypher's order — the PageRank of this run (as written
   * back), the most collaboration links, the id — as element ids, the drawn cut.
   */
  private async largeScopes(network: Network, actors: { nodes: number[]; links: number[]; pagerank: ArrayLike<number> }, rows: { key: string; nodes: number[] }[]): Promise<Record<string, StoredScope>> {
    const { nodes, links, pagerank } = actors;
    if (pagerank.length !== nodes.length) return {};
    const index = new Map<number, number>();
    nodes.forEach((node, i) => index.set(node, i));
    const { ids } = network;
    const before = (a: number, b: number): number => pagerank[b]! - pagerank[a]! || links[b]! - links[a]! || byId(ids[a], ids[b]);
    const counted: { key: string; total: number; shown: number[]; counts: StoredScope['counts'] }[] = [];
    for (const row of rows) {
      const members = new Uint8Array(nodes.length);
      const listed: number[] = [];
      for (const node of row.nodes) {
        const i = index.get(node);
        // an actor the network did not hold: the data changed since it was read, and the run is stale
        if (i === undefined) return {};
        members[i] = 1;
        listed.push(i);
      }
      const shown = listed.sort(before).slice(0, DRAW_CUT);
      counted.push({ key: row.key, total: listed.length, shown, counts: scopeCountsOf(network, members) });
    }
    const wanted = [...new Set(counted.flatMap((c) => c.shown.map((i) => nodes[i]!)))];
    const eids = new Map((await this.db.rows<{ node: number; eid: string }>('analytics-scope-shown', { nodes: wanted })).map((r) => [r.node, r.eid]));
    const scopes: Record<string, StoredScope> = {};
    for (const c of counted) {
      const shown = c.shown.map((i) => eids.get(nodes[i]!));
      if (shown.some((e) => e === undefined)) return {};
      scopes[c.key] = { total: c.total, shown: shown as string[], counts: c.counts };
    }
    return scopes;
  }

  /**
   * The stored figures of the large scope `id` (a policy, sector or region in all years) when the
   * stored run is fresh, else null; with the stored run as read for it (`last`), so the view does not read it again.
   */
  async freshScope(id: string): Promise<FreshScope | null> {
    const { run, stale } = await this.stored();
    if (!run || stale) return null;
    if (this.scopes?.at !== run.at) {
      const [row] = await this.db.rows<{ scopes: string | null }>('analytics-scope-stored');
      const saved = row?.scopes ? (JSON.parse(row.scopes) as { at?: string; scopes?: Record<string, StoredScope> }) : undefined;
      // figures of this run only (a run of an older version leaves those of the one before it)
      this.scopes = { at: run.at, scopes: saved?.at === run.at && saved.scopes ? saved.scopes : {} };
    }
    const scope = Object.hasOwn(this.scopes.scopes, id) ? this.scopes.scopes[id] : undefined;
    return scope ? { at: run.at, scope, last: { run, stale } } : null;
  }

  /** The ties of the whole graph grouped for weighing them in any period (period-profile.ts); null when the graph has too many ties to profile. */
  private async periodProfile(): Promise<PeriodProfile | null> {
    return this.db.reading(async (read) => {
      const [unlisted] = await read.rows<{ ties: number }>('analytics-period-unlisted');
      if ((unlisted?.ties ?? 0) > MAX_UNLISTED_TIES) return null;
      const rows = await read.rows('analytics-period-profile');
      const undated = rows.flatMap((r) => (typeof r.undatedTie === 'string' ? [r.undatedTie] : []));
      if (undated.length > MAX_UNDATED_TIES) return null;
      const groups = profileGroups(rows.filter((r) => r.undatedTie === null || r.undatedTie === undefined));
      return groups ? { groups, undated } : null;
    }, this.readTimeoutMs);
  }

  /**
   * The period profile of the stored run when it is fresh (the data has not changed since), else
   * null. Kept in memory per run: a few megabytes of JSON on the CORDIS graph.
   */
  async freshPeriodProfile(): Promise<{ at: string; profile: PeriodProfile } | null> {
    const { run, stale } = await this.stored();
    if (!run || stale) return null;
    if (this.profile?.at !== run.at) {
      const [row] = await this.db.rows<{ profile: string | null }>('analytics-period-profile-stored');
      this.profile = { at: run.at, profile: row?.profile ? (JSON.parse(row.profile) as PeriodProfile) : null };
    }
    return this.profile.profile ? { at: run.at, profile: this.profile.profile } : null;
  }

  /** Writes rows of metrics on their actors, WRITE_BATCH per write transaction, with the time of the run; `progress` hears the rows written. */
  private async write(rows: WholeGraphRow[], at: string, progress: (done: number) => void): Promise<void> {
    let done = 0;
    const batches: Promise<void>[] = [];
    for (let i = 0; i < rows.length; i += WRITE_BATCH) {
      const batch = rows.slice(i, i + WRITE_BATCH);
      batches.push(
        this.writeSlot(async () => {
          await this.db.writeBookkeeping((w) => w.rows('analytics-write', { rows: batch, at }));
          progress((done += batch.length));
        }),
      );
    }
    const settled = await Promise.allSettled(batches);
    for (const s of settled) if (s.status === 'rejected') throw s.reason;
  }

  /** Runs `work` when one of the WRITE_CONCURRENCY write slots is free. */
  private async writeSlot(work: () => Promise<void>): Promise<void> {
    if (this.writing >= WRITE_CONCURRENCY) await new Promise<void>((resolve) => this.waitingWrites.push(resolve));
    else this.writing++;
    try {
      await work();
    } finally {
      const next = this.waitingWrites.shift();
      if (next) next();
      else this.writing--;
    }
  }

  /** The stored run, if any, and whether the data changed since. */
  async stored(): Promise<{ run: StoredRun | null; stale: boolean }> {
    const [[row], [counts]] = await Promise.all([
      this.db.rows<{ at: string | null; summary: string | null; marker: string | null; stale: boolean }>('analytics-run'),
      this.db.rows<{ nodes: number; links: number }>('analytics-marker'),
    ]);
    if (!row?.at || !row.summary || !row.marker) return { run: null, stale: true };
    const run = { at: row.at, summary: JSON.parse(row.summary) as WholeGraphSummaryAnswer, marker: row.marker };
    const writtenSince = this.db.generation !== (this.generation ?? this.bornAt);
    return { run, stale: row.stale || writtenSince || run.marker !== markerOf(counts) };
  }

  async status(): Promise<AnalyticsStatus> {
    // The state as it was before reading the stored run: a run ending during the read must not say
    // 'done' beside the run stored before it.
    const { state, progress, error, lastMs } = this;
    const { run, stale } = await this.stored();
    return {
      state,
      ...(progress ? { progress } : {}),
      ...(error ? { error } : {}),
      last: run ? { at: run.at, ...(lastMs !== undefined && state === 'done' ? { ms: lastMs } : {}), summary: run.summary } : null,
      stale,
    };
  }
}

/** The network the analysis threads read: actors numbered in the order read, each link once, from the one of its ends that has it as outgoing. */
function networkOf(actors: { node: number; id: string; helix: string | null; neighbours: number[]; weights: number[] }[]): Network {
  const index = new Map<number, number>();
  actors.forEach((a, i) => index.set(a.node, i));
  let links = 0;
  for (const a of actors) links += a.neighbours.length;
  const source = new Int32Array(links);
  const target = new Int32Array(links);
  const weight = new Float64Array(links);
  let at = 0;
  actors.forEach((a, i) => {
    a.neighbours.forEach((node, k) => {
      source[at] = i;
      target[at] = index.get(node)!;
      weight[at++] = a.weights[k]!;
    });
  });
  return { ids: actors.map((a) => a.id), helix: actors.map((a) => a.helix ?? null), source, target, weight };
}

/** Ids in Cypher's ascending order: as strings by UTF-16 code units, missing ones last. */
function byId(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return a < b ? -1 : 1;
}

const markerOf = (counts: { nodes: number; links: number } | undefined): string => `${String(counts?.nodes)}/${String(counts?.links)}`;
