import type { PartnerAnswer, PartnersRequest } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { noSuchNode } from '../domain-errors.ts';
import type { Ask } from './asker.ts';
import { findPartners } from './find.ts';
import { buildPartnerGraph, type PartnerGraph } from './graph.ts';
import { loadPartnerData } from './load.ts';

/**
 * The partner finder over Neo4j. The graph is read once and kept until the data changes: each
 * request first reads a cheap change marker — node and link counts from the count store, which
 * catch writers outside this process — and reads the graph again only when it moved, or after
 * `invalidate()`, which every write through the GraphDb calls (`onChange`), property changes too. The read of the whole network gets its own, longer timeout: on the CORDIS
 * import it is seconds, more than an ordinary request's read may take; `warm()` does it at start.
 */
export class PartnerService {
  private cached?: { marker: string; graph: Promise<PartnerGraph> };

  constructor(
    private readonly db: GraphDb,
    private readonly loadTimeoutMs?: number,
  ) {
    db.onChange(() => this.invalidate());
  }

  /** Reads the graph now, so the first request does not wait for it; resolves with the time taken. */
  async warm(): Promise<number> {
    const started = performance.now();
    await this.graph();
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

  private async graph(): Promise<PartnerGraph> {
    const marker = await this.marker();
    if (!this.cached || this.cached.marker !== marker) {
      const graph = loadPartnerData(this.db, this.loadTimeoutMs).then(buildPartnerGraph);
      const entry = { marker, graph };
      this.cached = entry;
      graph.catch(() => {
        if (this.cached === entry) this.cached = undefined;
      });
    }
    return this.cached.graph;
  }

  async find(req: PartnersRequest): Promise<PartnerAnswer> {
    const g = await this.graph();
    const missing = (field: string, ids: string[], known: (id: string) => boolean) => {
      const unknown = ids.filter((id) => !known(id));
      if (unknown.length) throw noSuchNode(field, unknown);
    };
    let ask: Ask;
    if (req.need) {
      const { sectors, technologies, regions, helix } = req.need;
      missing('need.sectors', sectors, (id) => g.names.has(id));
      missing('need.technologies', technologies, (id) => g.names.has(id));
      missing('need.regions', regions, (id) => g.regionLevel.has(id));
      ask = { need: { topics: [...sectors, ...technologies], regions, helix } };
    } else {
      const field = req.actor ? 'actor' : 'actors';
      const actors = req.actor ? [req.actor] : (req.actors ?? []);
      missing(field, actors, (id) => g.network.hasNode(id));
      ask = { actors };
    }
    return findPartners(g, ask, req.weights ?? {}, req.limit);
  }
}
