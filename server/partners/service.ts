import type { PartnerAnswer, PartnersRequest } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { noSuchNode } from '../domain-errors.ts';
import { loadPartnerData } from './load.ts';
import { PartnerThread } from './partner-thread.ts';

/**
 * The partner finder over Neo4j. The network is read here and handed to the partner thread, which
 * builds the graph and answers over it, off the event loop. The graph is kept until the data
 * changes: each request first reads a cheap change marker — node and link counts from the count
 * store, which catch writers outside this process — and reads the network again only when it
 * moved, or after `invalidate()`, which every write through the GraphDb calls (`onChange`),
 * property changes too. The read of the whole network gets its own, longer timeout: on the
 * CORDIS import it is seconds, more than an ordinary request's read may take; `warm()` does it at start.
 */
export class PartnerService {
  private cached?: { marker: string; loaded: Promise<void> };
  private readonly thread = new PartnerThread();

  constructor(
    private readonly db: GraphDb,
    private readonly loadTimeoutMs?: number,
  ) {
    db.onChange(() => this.invalidate());
  }

  /** Reads the network and builds the graph now, so the first request does not wait; resolves with the time taken. */
  async warm(): Promise<number> {
    const started = performance.now();
    await this.loaded();
    return performance.now() - started;
  }

  /** Drops the loaded graph: the next request reads it again. */
  invalidate(): void {
    this.cached = undefined;
  }

  private async marker(): Promise<string> {
    const [row] = await this.db.rows('partners-marker');
    return `${String(row?.nodes)}/${String(row?.links)}`;
  }

  private async loaded(): Promise<void> {
    const marker = await this.marker();
    if (!this.cached || this.cached.marker !== marker) {
      const loaded = loadPartnerData(this.db, this.loadTimeoutMs).then(async (data) => void (await this.thread.run({ kind: 'load', data })));
      const entry = { marker, loaded };
      this.cached = entry;
      loaded.catch(() => {
        if (this.cached === entry) this.cached = undefined;
      });
    }
    return this.cached.loaded;
  }

  async find(req: PartnersRequest): Promise<PartnerAnswer> {
    await this.loaded();
    let reply = await this.thread.run({ kind: 'find', req });
    if (reply.kind === 'unloaded') {
      // a new thread after the last one died: it has no graph yet
      this.invalidate();
      await this.loaded();
      reply = await this.thread.run({ kind: 'find', req });
    }
    if (reply.kind === 'missing') throw noSuchNode(reply.field, reply.ids);
    if (reply.kind !== 'answer') throw new Error(`the partner thread answered ${reply.kind}`);
    return reply.answer;
  }

  /** Ends the partner thread. */
  close(): Promise<void> {
    return this.thread.close();
  }
}
