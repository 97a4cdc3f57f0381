import type { PartnerAnswer, PartnersRequest } from '../../contract/index.ts';
import type { Ask } from './asker.ts';
import type { PartnerData } from './data.ts';
import { findPartners, type ServedModel } from './find.ts';
import { buildPartnerGraph, type PartnerGraph } from './graph.ts';
import { featureContext } from './learned/features.ts';
import { walkContext } from './learned/walks.ts';

// What the partner thread does (partner-worker.mjs): builds the partner graph from the data read
// in Neo4j and keeps it, then answers requests over it. Both are CPU work that grows with the graph
// (seconds to build on a CORDIS-sized network), so they stay off the app's event loop. A graph is
// kept per period (`key`: all years, or one period), the MAX_GRAPHS last used.

/** The key of the graph of all years (the one the learned ranker serves); a period's key names the period. */
export const ALL_YEARS = 'all';

/** Graphs kept at once: all years and two periods. Each is as large as the network it holds. */
export const MAX_GRAPHS = 3;

export type PartnerJob = { kind: 'load'; key: string; data: PartnerData } | { kind: 'find'; key: string; req: PartnersRequest; model?: ServedModel };
export type PartnerReply =
  | { kind: 'loaded'; buildMs: number }
  | { kind: 'answer'; answer: PartnerAnswer }
  /** Ids of the request that are not in the graph, by request field. */
  | { kind: 'missing'; field: string; ids: string[] }
  | { kind: 'unloaded' };

const graphs = new Map<string, PartnerGraph>();

/** Keeps `value` as the most recently used entry of `map`, dropping the least recently used beyond `max`. */
export function keepRecent<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  for (const old of map.keys()) {
    if (map.size <= max) break;
    map.delete(old);
  }
}

export function runPartnerJob(job: PartnerJob): PartnerReply {
  if (job.kind === 'load') {
    const started = performance.now();
    // Room first, so that no more than MAX_GRAPHS are held while the new one is built.
    graphs.delete(job.key);
    for (const old of graphs.keys()) if (graphs.size >= MAX_GRAPHS) graphs.delete(old);
    const g = buildPartnerGraph(job.data);
    graphs.set(job.key, g);
    // The learned ranker's graph-wide figures (communities, per-actor activity: ~0.5 s on CORDIS),
    // worked out right after the reply instead of inside the first learned answer.
    if (job.key === ALL_YEARS) {
      setTimeout(() => {
        if (graphs.get(job.key) !== g) return;
        featureContext(g);
        walkContext(g);
      });
    }
    return { kind: 'loaded', buildMs: performance.now() - started };
  }
  const graph = graphs.get(job.key);
  if (!graph) return { kind: 'unloaded' };
  keepRecent(graphs, job.key, graph, MAX_GRAPHS);
  return answer(graph, job.req, job.model);
}

/**
 * The suggestions for a request, or the ids it names that the graph does not hold. `model` (the
 * learned ranker, for the all-years graph) orders a request by actor or group without weights: it
 * was trained and evaluated on such asks, not on needs.
 */
export function answer(g: PartnerGraph, req: PartnersRequest, model?: ServedModel): PartnerReply {
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
  return { kind: 'answer', answer: findPartners(g, ask, req.weights, req.limit, req.need ? undefined : model) };
}
