import type { GraphLink, GraphNode } from '../db/rows.ts';
import type { GraphElements } from '../../contract/index.ts';

// Neo4j's nodes and relationships in the one graph shape of the API (contract/graph.ts).

export type { EdgeElement, GraphElements, NodeElement } from '../../contract/index.ts';

/** A node's element id: its label and id property, unique across labels ("Actor:imec"). */
export const elementId = (label: string, id: string) => `${label}:${id}`;

export function toElements(nodes: readonly GraphNode[], links: readonly GraphLink[]): GraphElements {
  const byElementId = new Map<string, string>();
  const out: GraphElements = { nodes: [], edges: [] };
  for (const n of nodes) {
    const type = n.labels[0] ?? 'Node';
    const key = String(n.properties.id);
    const id = elementId(type, key);
    byElementId.set(n.elementId, id);
    const { id: _key, name, ...props } = n.properties as Record<string, unknown>;
    out.nodes.push({ data: { ...props, id, key, label: String(name ?? key), type } });
  }
  for (const r of links) {
    const source = byElementId.get(r.startNodeElementId);
    const target = byElementId.get(r.endNodeElementId);
    if (!source || !target) continue;
    out.edges.push({ data: { ...(r.properties as Record<string, unknown>), id: `${source}|${r.type}|${target}`, source, target, type: r.type } });
  }
  return out;
}
