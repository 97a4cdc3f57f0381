import type { GraphElements, NodeData } from '../api/client.ts';

// Large scenes can be drawn as groups: one node per group, one link per pair of groups.

export type AggregateBy = 'helix' | 'type' | 'sector' | 'community';

/**
 * Groups nodes by `groupOf(node)`; a group node carries `count` (its members) and `members`
 * (their ids); a group link carries `weight` (how many links it stands for). Links inside a group
 * are dropped.
 */
export function aggregate(g: GraphElements, groupOf: (id: string) => { key: string; label: string; helix?: NodeData['helix'] }): GraphElements {
  const groups = new Map<string, { label: string; helix?: NodeData['helix']; members: string[] }>();
  const groupId = new Map<string, string>();
  for (const { data: n } of g.nodes) {
    const { key, label, helix } = groupOf(n.id);
    const id = `Group:${key}`;
    groupId.set(n.id, id);
    const grp = groups.get(id) ?? { label, helix, members: [] };
    grp.members.push(n.id);
    groups.set(id, grp);
  }
  const links = new Map<string, { source: string; target: string; weight: number }>();
  for (const { data: e } of g.edges) {
    const a = groupId.get(e.source);
    const b = groupId.get(e.target);
    if (!a || !b || a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `${source}|GROUPED|${target}`;
    const l = links.get(id) ?? { source, target, weight: 0 };
    l.weight++;
    links.set(id, l);
  }
  return {
    nodes: [...groups].map(([id, grp]) => ({
      data: { id, label: `${grp.label} (${grp.members.length})`, type: 'Group', helix: grp.helix, count: grp.members.length, members: grp.members },
    })),
    edges: [...links].map(([id, l]) => ({ data: { id, source: l.source, target: l.target, type: 'GROUPED', weight: l.weight } })),
  };
}

/** Group keys for the built-in ways of grouping; `community` needs a community per node. */
export function grouping(g: GraphElements, by: AggregateBy, community: Map<string, number> = new Map()): (id: string) => { key: string; label: string; helix?: NodeData['helix'] } {
  const node = new Map(g.nodes.map((n) => [n.data.id, n.data]));
  const sectorOf = new Map<string, string>();
  if (by === 'sector') {
    for (const { data: e } of g.edges) {
      const t = node.get(e.target);
      if (t?.type === 'Sector' && !sectorOf.has(e.source)) sectorOf.set(e.source, t.id);
    }
  }
  return (id) => {
    const n = node.get(id);
    if (!n) return { key: 'other', label: 'other' };
    switch (by) {
      case 'helix':
        return n.type === 'Actor' ? { key: `helix-${n.helix ?? 'unknown'}`, label: String(n.helix ?? 'unknown'), helix: n.helix } : { key: `type-${n.type}`, label: n.type };
      case 'type':
        return { key: `type-${n.type}`, label: n.type };
      case 'sector': {
        const s = n.type === 'Sector' ? n.id : sectorOf.get(id);
        return s ? { key: `sector-${s}`, label: node.get(s)?.label ?? s } : { key: 'sector-none', label: 'no sector' };
      }
      case 'community': {
        const c = community.get(id);
        return c === undefined ? { key: 'community-none', label: 'no community' } : { key: `community-${c}`, label: `community ${c + 1}` };
      }
    }
  };
}
