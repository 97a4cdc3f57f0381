import { elementId, type EdgeElement, type GraphElements, type NodeElement } from '../graph/elements.ts';
import type { NodeValue, RelationshipValue, Value } from '../db/console-values.ts';

// The nodes, relationships and paths anywhere in a console result, in the API's one graph shape,
// so the client puts them on the shared canvas as it does any other graph.

function collect(v: Value, nodes: Map<string, NodeValue>, rels: Map<string, RelationshipValue>): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) return v.forEach((x) => collect(x, nodes, rels));
  switch (v.$type) {
    case 'node':
      nodes.set((v as NodeValue).elementId, v as NodeValue);
      return;
    case 'relationship':
      rels.set((v as RelationshipValue).elementId, v as RelationshipValue);
      return;
    case 'path':
      (v.nodes as NodeValue[]).forEach((n) => nodes.set(n.elementId, n));
      (v.relationships as RelationshipValue[]).forEach((r) => rels.set(r.elementId, r));
      return;
    case 'point':
      return;
    default:
      Object.values(v).forEach((x) => collect(x as Value, nodes, rels));
  }
}

/** Nodes keep the explorer's ids (Label:id) when they have an id property, Neo4j's element id otherwise. */
export function resultElements(rows: Record<string, Value>[]): GraphElements {
  const nodes = new Map<string, NodeValue>();
  const rels = new Map<string, RelationshipValue>();
  rows.forEach((row) => collect(Object.values(row), nodes, rels));
  const ids = new Map<string, string>();
  const out: { nodes: NodeElement[]; edges: EdgeElement[] } = { nodes: [], edges: [] };
  for (const n of nodes.values()) {
    const type = n.labels[0] ?? 'Node';
    const { id: key, name, ...rest } = n.properties;
    const id = typeof key === 'string' ? elementId(type, key) : n.elementId;
    ids.set(n.elementId, id);
    out.nodes.push({ data: { ...rest, id, key: typeof key === 'string' ? key : n.elementId, label: String(name ?? key ?? type), type } });
  }
  for (const r of rels.values()) {
    const source = ids.get(r.start);
    const target = ids.get(r.end);
    if (!source || !target) continue;
    out.edges.push({ data: { ...r.properties, id: `${source}|${r.type}|${target}`, source, target, type: r.type } });
  }
  return out;
}
