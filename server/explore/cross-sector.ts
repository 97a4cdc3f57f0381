import type { ManagedTransaction, Node } from 'neo4j-driver';
import type { GraphDb } from '../db/graph-db.ts';
import { query, scopedQuery } from '../db/queries.ts';
import type { CrossSector, SharedMembers } from '../../contract/index.ts';
import { elementId, toElements, type EdgeElement } from '../graph/elements.ts';
import { noSuchNode } from '../domain-errors.ts';
import { crossSectorNetwork, unitOf, unitsAt, type Level, type MemberRow, type SectorRow } from './cross-sector-network.ts';
import { keyOf } from './node-ids.ts';

interface Inputs {
  sectorNodes: Map<string, Node>;
  sectors: SectorRow[];
  members: MemberRow[];
  names: Map<string, { label: string; helix?: string }>;
  enablers: { sector: string; technology: string }[];
  technologyNodes: Map<string, Node>;
}

async function readTree(tx: ManagedTransaction): Promise<Pick<Inputs, 'sectorNodes' | 'sectors'>> {
  const tree = await tx.run(query('sector-tree'));
  const sectorNodes = new Map<string, Node>();
  const sectors = tree.records.map((r) => {
    const node = r.get('s') as Node;
    const id = String(node.properties.id);
    sectorNodes.set(id, node);
    return { id, parent: r.get('parent') as string | null };
  });
  return { sectorNodes, sectors };
}

/** The members of the scopes of `sectors` (sector-members.cypher). */
async function readMembers(tx: ManagedTransaction, sectors: string[]): Promise<Pick<Inputs, 'members' | 'names'>> {
  const names = new Map<string, { label: string; helix?: string }>();
  const members = (await tx.run(scopedQuery('sector-members'), { sectors })).records.map((r) => {
    const member = elementId(r.get('type') as string, r.get('key') as string);
    const helix = r.get('helix') as string | null;
    names.set(member, { label: String(r.get('name') ?? r.get('key')), ...(helix ? { helix } : {}) });
    return { member, type: r.get('type') as MemberRow['type'], sector: r.get('sector') as string };
  });
  return { members, names };
}

async function readInputs(tx: ManagedTransaction, level: Level): Promise<Inputs> {
  const tree = await readTree(tx);
  const members = await readMembers(tx, unitsAt(tree.sectors, level));
  const technologyNodes = new Map<string, Node>();
  const enablers = (await tx.run(query('sector-technologies'))).records.map((r) => {
    const t = r.get('t') as Node;
    technologyNodes.set(String(t.properties.id), t);
    return { sector: r.get('sector') as string, technology: String(t.properties.id) };
  });
  return { ...tree, ...members, enablers, technologyNodes };
}

/**
 * Sectors linked by the actors and projects they share (weight = how many), and the
 * technologies that enable two or more of them.
 */
export async function crossSector(db: GraphDb, level: Level): Promise<CrossSector> {
  const inputs = await db.readAll((tx) => readInputs(tx, level));
  const net = crossSectorNetwork(inputs.sectors, inputs.members, inputs.enablers, level);
  const { nodes: sectorElements } = toElements(net.sectors.map((id) => inputs.sectorNodes.get(id)!), []);
  const { nodes: techElements } = toElements(net.technologies.map((t) => inputs.technologyNodes.get(t.technology)!), []);
  const edges: EdgeElement[] = net.links.map((l) => {
    const source = elementId('Sector', l.a);
    const target = elementId('Sector', l.b);
    return { data: { id: `${source}|SHARES|${target}`, source, target, type: 'SHARES', weight: l.actors.length + l.projects.length, actors: l.actors.length, projects: l.projects.length } };
  });
  for (const t of net.technologies) {
    const target = elementId('Technology', t.technology);
    for (const s of t.sectors) {
      const source = elementId('Sector', s);
      edges.push({ data: { id: `${source}|ENABLED_BY|${target}`, source, target, type: 'ENABLED_BY' } });
    }
  }
  return {
    nodes: [...sectorElements, ...techElements],
    edges,
    summary: { level, sectors: sectorElements.length, links: net.links.length, technologies: techElements.length },
  };
}

/** The actors and projects that two sectors share (at the given level): the intersection of their scopes. */
export async function sharedMembers(db: GraphDb, a: string, b: string, level: Level): Promise<SharedMembers> {
  return db.readAll(async (tx) => {
    const { sectorNodes, sectors } = await readTree(tx);
    for (const [field, id] of [['a', a], ['b', b]] as const) {
      if (!sectorNodes.has(keyOf(id))) throw noSuchNode(field, [id]);
    }
    const unit = unitOf(sectors, level);
    const [ua, ub] = [unit(keyOf(a)), unit(keyOf(b))];
    const { members, names } = await readMembers(tx, [ua, ub]);
    const inA = new Set(members.filter((m) => m.sector === ua).map((m) => m.member));
    const both = [...new Set(members.filter((m) => m.sector === ub && inA.has(m.member)).map((m) => m.member))].sort();
    const describe = (id: string) => ({ id, ...names.get(id)! });
    return {
      actors: both.filter((id) => id.startsWith('Actor:')).map(describe),
      projects: both.filter((id) => id.startsWith('Project:')).map((id) => ({ id, label: names.get(id)!.label })),
    };
  });
}
