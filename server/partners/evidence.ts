import type { Evidence } from '../../contract/index.ts';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { EdgeElement, GraphElements, NodeElement } from '../graph/elements.ts';
import type { Asker } from './asker.ts';
import type { PartnerGraph } from './graph.ts';
import type { Scored } from './rank.ts';

export type { Evidence } from '../../contract/index.ts';

const MAX_PATH_HOPS = 4;
const MAX_PROJECTS = 10;

export function evidenceOf(g: PartnerGraph, asker: Asker, s: Scored, partners: string[]): Evidence {
  const topics = new Set([...s.topical.shared, ...s.topical.related]);
  const partnerSet = new Set(partners);
  const projects = new Set<string>();
  const sides = [...asker.members, s.id];
  for (const actor of sides) {
    for (const p of g.projectsOf.get(actor) ?? []) {
      if (projects.size >= MAX_PROJECTS) break;
      if (p.members.some((m) => partnerSet.has(m)) || p.topics.some((t) => topics.has(t))) projects.add(p.id);
    }
  }
  let path: string[] = [];
  for (const m of asker.members) {
    const found = bidirectional(g.network, m, s.id);
    if (found && found.length - 1 <= MAX_PATH_HOPS && (!path.length || found.length < path.length)) path = found;
  }
  return {
    sharedPartners: partners,
    sharedTopics: s.topical.shared,
    relatedTopics: s.topical.related,
    policies: s.topical.policies,
    projects: [...projects].sort(),
    path,
  };
}

const typeOf = (id: string) => id.slice(0, Math.max(0, id.indexOf(':'))) || 'Node';

/** The evidence as a small graph in the API's element shape, for the canvas. */
export function evidenceGraph(g: PartnerGraph, asker: Asker, candidate: string, ev: Evidence): GraphElements {
  const nodes = new Map<string, NodeElement>();
  const edges = new Map<string, EdgeElement>();
  const node = (id: string, role?: string) => {
    if (nodes.has(id)) return;
    const actor = g.network.hasNode(id) ? g.network.getNodeAttributes(id) : undefined;
    nodes.set(id, {
      data: {
        id,
        key: id.slice(id.indexOf(':') + 1),
        label: g.names.get(id) ?? id,
        type: typeOf(id),
        ...(actor?.helix ? { helix: actor.helix } : {}),
        ...(role ? { role } : {}),
      },
    });
  };
  const edge = (source: string, target: string, type: string) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    const id = `${source}|${type}|${target}`;
    if (!edges.has(id)) edges.set(id, { data: { id, source, target, type } });
  };
  const tie = (a: string, b: string) => {
    const key = g.network.edge(a, b);
    if (key === undefined) return;
    const t = g.network.getEdgeAttributes(key);
    edge(a, b, t.types[0] ?? 'SHARES_PROJECT');
  };
  for (const m of asker.members) node(m, 'asker');
  node(candidate, 'candidate');
  for (const z of ev.sharedPartners) node(z, 'introducer');
  for (const id of ev.path) node(id);
  for (const t of [...ev.sharedTopics, ...ev.relatedTopics]) node(t);
  for (const p of ev.policies) node(p);
  for (const p of ev.projects) node(p);

  const sides = [...asker.members, candidate];
  for (const z of ev.sharedPartners) for (const s of sides) tie(s, z);
  for (let i = 1; i < ev.path.length; i++) tie(ev.path[i - 1]!, ev.path[i]!);
  for (const s of sides) {
    for (const t of g.topicsOf.get(s) ?? []) edge(s, t, 'WORKS_ON');
    for (const p of g.projectsOf.get(s) ?? []) if (nodes.has(p.id)) edge(s, p.id, 'PARTICIPATES_IN');
  }
  for (const t of ev.relatedTopics) {
    for (const r of g.relatedTopics.get(t) ?? []) {
      if (!asker.topics.has(r)) continue;
      node(r);
      edge(t, r, 'RELATED_TO');
    }
  }
  for (const pid of ev.policies) {
    const policy = [...g.policiesFor.values()].flat().find((p) => p.id === pid);
    for (const t of policy?.prioritises ?? []) edge(pid, t, 'PRIORITISES');
  }
  for (const pid of ev.projects) {
    const project = sides.flatMap((s) => g.projectsOf.get(s) ?? []).find((p) => p.id === pid);
    for (const m of project?.members ?? []) if (nodes.has(m)) edge(m, pid, 'PARTICIPATES_IN');
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
