import type { PartnerAnswer, PartnersRequest } from '../../contract/index.ts';
import type { Ask } from './asker.ts';
import type { PartnerData } from './data.ts';
import { findPartners } from './find.ts';
import { buildPartnerGraph, type PartnerGraph } from './graph.ts';

// What the partner thread does (partner-worker.mjs): builds the partner graph from the data read
// in Neo4j and keeps it, then answers requests over it. Both are CPU work that grows with the graph
// (seconds to build on a CORDIS-sized network), so they stay off the app's event loop.

export type PartnerJob = { kind: 'load'; data: PartnerData } | { kind: 'find'; req: PartnersRequest };
export type PartnerReply =
  | { kind: 'loaded'; buildMs: number }
  | { kind: 'answer'; answer: PartnerAnswer }
  /** Ids of the request that are not in the graph, by request field. */
  | { kind: 'missing'; field: string; ids: string[] }
  | { kind: 'unloaded' };

let graph: PartnerGraph | undefined;

export function runPartnerJob(job: PartnerJob): PartnerReply {
  if (job.kind === 'load') {
    const started = performance.now();
    graph = buildPartnerGraph(job.data);
    return { kind: 'loaded', buildMs: performance.now() - started };
  }
  if (!graph) return { kind: 'unloaded' };
  return answer(graph, job.req);
}

/** The suggestions for a request, or the ids it names that the graph does not hold. */
export function answer(g: PartnerGraph, req: PartnersRequest): PartnerReply {
  const missing = (field: string, ids: string[], known: (id: string) => boolean): PartnerReply | undefined => {
    const unknown = ids.filter((id) => !known(id));
    return unknown.length ? { kind: 'missing', field, ids: unknown } : undefined;
  };
  let ask: Ask;
  if (req.need) {
    const { sectors, technologies, regions, helix } = req.need;
    const problem =
      missing('need.sectors', sectors, (id) => g.names.has(id)) ??
      missing('need.technologies', technologies, (id) => g.names.has(id)) ??
      missing('need.regions', regions, (id) => g.regionLevel.has(id));
    if (problem) return problem;
    ask = { need: { topics: [...sectors, ...technologies], regions, helix } };
  } else {
    const field = req.actor ? 'actor' : 'actors';
    const actors = req.actor ? [req.actor] : (req.actors ?? []);
    const problem = missing(field, actors, (id) => g.network.hasNode(id));
    if (problem) return problem;
    ask = { actors };
  }
  return { kind: 'answer', answer: findPartners(g, ask, req.weights ?? {}, req.limit) };
}
