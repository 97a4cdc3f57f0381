import type { GraphDb } from '../db/graph-db.ts';
import type { Helix } from '../graph/model.ts';
import { HttpProblem } from '../http/problem.ts';
import type { Ask } from './asker.ts';
import { findPartners, type PartnerAnswer } from './find.ts';
import { buildPartnerGraph, type PartnerGraph } from './graph.ts';
import { loadPartnerData } from './load.ts';
import type { Weights } from './weights.ts';

export interface PartnerRequest {
  actor?: string;
  actors?: string[];
  need?: { sectors: string[]; technologies: string[]; regions: string[]; helix: Helix[] };
  weights?: Partial<Weights>;
  limit: number;
}

/** How long a loaded graph answers requests before it is read again (imports show up after this). */
export const GRAPH_TTL_MS = 30_000;

/** The partner finder over Neo4j: the graph is read once and reused for GRAPH_TTL_MS. */
export class PartnerService {
  private cached?: { at: number; graph: Promise<PartnerGraph> };

  constructor(
    private readonly db: GraphDb,
    private readonly ttlMs = GRAPH_TTL_MS,
  ) {}

  private graph(): Promise<PartnerGraph> {
    if (!this.cached || Date.now() - this.cached.at > this.ttlMs) {
      const graph = loadPartnerData(this.db).then(buildPartnerGraph);
      this.cached = { at: Date.now(), graph };
      graph.catch(() => (this.cached = undefined));
    }
    return this.cached.graph;
  }

  async find(req: PartnerRequest): Promise<PartnerAnswer> {
    const g = await this.graph();
    const missing = (field: string, ids: string[], known: (id: string) => boolean) => {
      const unknown = ids.filter((id) => !known(id));
      if (unknown.length) {
        throw new HttpProblem(404, 'Node not found', `${field}: no node ${unknown.join(', ')}`, { errors: unknown.map(() => ({ field, message: 'no such node' })) });
      }
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
