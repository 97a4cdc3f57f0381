import type { PartnerAnswer, PartnerModelState, PartnersRequest } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { noSuchNode } from '../domain-errors.ts';
import { periodSummary, type PeriodInput } from '../explore/period.ts';
import { LearnedModel, type Trainer } from './learned-model.ts';
import { loadPartnerData } from './load.ts';
import { ALL_YEARS, keepRecent, MAX_GRAPHS } from './partner-jobs.ts';
import { PartnerThread } from './partner-thread.ts';

/** Which graph a request is answered over: all years, or one period (with or without undated records). */
const keyOf = (p: PeriodInput): string => (p.period ? `${p.period.from}-${p.period.to}/${p.undated ?? 'show'}` : ALL_YEARS);

/**
 * The partner finder over Neo4j. The network is read here and handed to the partner thread, which
 * builds the graph and answers over it, off the event loop. A graph is read per period (all years,
 * or the links, participations and projects of one period: cypher/period/), and the thread keeps
 * the MAX_GRAPHS last used. A graph is kept until the data changes: each request first reads a cheap
 * change marker — node and link counts from the count store, which catch writers outside this
 * process — and reads the network again only when it moved, or after `invalidate()`, which every
 * write through the GraphDb calls (`onChange`), property changes too. The read of the whole network
 * gets its own, longer timeout: on the CORDIS import it is seconds, more than an ordinary request's
 * read may take; `warm()` does it (all years) at start.
 */
export class PartnerService {
  private readonly cached = new Map<string, { marker: string; version: string; loaded: Promise<void> }>();
  private readonly thread = new PartnerThread();
  private readonly learned: LearnedModel;
  /** How often the data was invalidated: with the change marker, the version of the data a model is trained on. */
  private invalidations = 0;

  constructor(
    private readonly db: GraphDb,
    private readonly loadTimeoutMs?: number,
    trainer?: Trainer,
  ) {
    this.learned = new LearnedModel(trainer);
    db.onChange(() => this.invalidate());
  }

  /** Reads the network and builds the graph of all years now, so the first request does not wait; resolves with the time taken. */
  async warm(): Promise<number> {
    const started = performance.now();
    await this.loaded({});
    return performance.now() - started;
  }

  /** Drops the loaded graphs: the next request reads its network again. */
  invalidate(): void {
    this.invalidations++;
    this.cached.clear();
  }

  private async marker(): Promise<string> {
    const [row] = await this.db.rows('partners-marker');
    return `${String(row?.nodes)}/${String(row?.links)}`;
  }

  private async loaded(period: PeriodInput): Promise<string> {
    const { key, entry } = await this.entryOf(period);
    await entry.loaded;
    return key;
  }

  /** The graph of a period, read again when the data changed (the read runs on; `loaded` resolves when the graph is built). */
  private async entryOf(period: PeriodInput) {
    const key = keyOf(period);
    const marker = await this.marker();
    let entry = this.cached.get(key);
    if (!entry || entry.marker !== marker) {
      const version = `${marker}#${this.invalidations}`;
      const all = key === ALL_YEARS;
      if (all) this.learned.reading(version);
      const loaded = loadPartnerData(this.db, this.loadTimeoutMs, period).then(async (data) => {
        await this.thread.run({ kind: 'load', key, data });
        // After the graph is built, so that training does not slow down the first answers.
        if (all) this.learned.train(version, data);
      });
      const fresh = { marker, version, loaded };
      loaded.catch((err: Error) => {
        if (this.cached.get(key) === fresh) this.cached.delete(key);
        if (all) this.learned.unread(version, err);
      });
      entry = fresh;
    }
    keepRecent(this.cached, key, entry, MAX_GRAPHS);
    return { key, entry };
  }

  /**
   * The learned ranker's state for the current data. Notices changed data as a request does, and
   * then reads the network (in the background) to train on it.
   */
  async model(): Promise<PartnerModelState> {
    const { entry } = await this.entryOf({});
    entry.loaded.catch(() => undefined);
    return this.learned.status();
  }

  async find(req: PartnersRequest): Promise<PartnerAnswer> {
    const period: PeriodInput = { period: req.period, undated: req.undated };
    let key = await this.loaded(period);
    const ask = (key: string) => {
      const version = this.cached.get(key)?.version;
      const model = key === ALL_YEARS && version !== undefined ? this.learned.served(version) : undefined;
      return this.thread.run({ kind: 'find', key, req, ...(model ? { model } : {}) });
    };
    let reply = await ask(key);
    if (reply.kind === 'unloaded') {
      // a new thread after the last one died, or one that let this period's graph go: it is read again
      this.cached.delete(key);
      key = await this.loaded(period);
      reply = await ask(key);
    }
    if (reply.kind === 'missing') throw noSuchNode(reply.field, reply.ids);
    if (reply.kind !== 'answer') throw new Error(`the partner thread answered ${reply.kind}`);
    return { ...reply.answer, summary: { ...reply.answer.summary, period: periodSummary(period) } };
  }

  /** Ends the partner thread and any training. */
  async close(): Promise<void> {
    await Promise.all([this.thread.close(), this.learned.close()]);
  }
}
