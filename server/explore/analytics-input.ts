import type { Elements } from '../analytics/index.ts';
import type { GraphElements } from '../graph/elements.ts';
import { HELICES, type Helix } from '../graph/model.ts';

const isHelix = (v: unknown): v is Helix => typeof v === 'string' && (HELICES as readonly string[]).includes(v);
const isWeight = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/**
 * Graph results from Neo4j as the analytics read them: a helix outside the schema's list and a
 * weight that is not a positive number are left out (the analytics would reject them).
 */
export function toAnalyticsElements(elements: GraphElements): Elements {
  return {
    nodes: elements.nodes.map(({ data: { helix, ...rest } }) => ({ data: { ...rest, ...(isHelix(helix) ? { helix } : {}) } })),
    edges: elements.edges.map(({ data: { weight, ...rest } }) => ({ data: { ...rest, ...(isWeight(weight) ? { weight } : {}) } })),
  };
}
