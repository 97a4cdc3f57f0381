import type { GraphDb } from '../db/graph-db.ts';
import type { GraphNode, Reader } from '../db/rows.ts';
import type { CrossSector, SharedMembers } from '../../contract/index.ts';
import { elementId, toElements, type EdgeElement } from '../graph/elements.ts';
import { noSuchNode } from '../domain-errors.ts';
import { crossSectorNetwork, unitOf, unitsAt, type Level, type MemberRow, type SectorRow } from './cross-sector-network.ts';
import { keyOf } from './node-ids.ts';
import { periodParams, periodSummary, type PeriodInput } from './period.ts';

interface Inputs {
  sectorNodes: Map<string, GraphNode>;
  sectors: SectorRow[];
  members: MemberRow[];
  names: Map<string, { label: string; helix?: string }>;
  enablers: { sector: string; technology: string }[];
  technologyNodes: Map<string, GraphNode>;
}

async function readTree(read: Reader): Promise<Pick<Inputs, 'sectorNodes' | 'sectors'>> {
  const sectorNodes = new Map<string, GraphNode>();
  const sectors = (await read.rows<{ s: GraphNode; parent: string | null }>('sector-tree')).map(({ s, parent }) => {
    const id = String(s.properties.id);
    sectorNodes.set(id, s);
    return { id, parent };
  });
  return { sectorNodes, sectors };
}

/** The members of the scopes of `sectors` (sector-members.cypher). */
async function readMembers(read: Reader, sectors: string[], period: PeriodInput): Promise<Pick<Inputs, 'members' | 'names'>> {
  const names = new Map<string, { label: string; helix?: string }>();
  type Row = { type: MemberRow['type']; key: string; name: string | null; helix: string | null; sector: string };
  const members = (await read.rows<Row>('sector-members', { sectors, ...periodParams(period) })).map((r) => {
    const member = elementId(r.type, r.key);
    names.set(member, { label: String(r.name ?? r.key), ...(r.helix ? { helix: r.helix } : {}) });
    return { member, type: r.type, sector: r.sector };
  });
  return { members, names };
}

async function readInputs(read: Reader, level: Level, period: PeriodInput): Promise<Inputs> {
  const tree = await readTree(read);
  const members = await readMembers(read, unitsAt(tree.sectors, level), period);
  const technologyNodes = new Map<string, GraphNode>();
  const enablers = (await read.rows<{ sector: string; t: GraphNode }>('sector-technologies')).map(({ sector, t }) => {
    technologyNodes.set(String(t.properties.id), t);
    return { sector, technology: String(t.properties.id) };
  });
  return { ...tree, ...members, enablers, technologyNodes };
}

/**
 * Sectors linked by the actors and projects they share (weight = how many), and the
 * technologies that enable two or more of them.
 */
export async function crossSector(db: GraphDb, level: Level, period: PeriodInput = {}): Promise<CrossSector> {
  const inputs = await db.reading((read) => readInputs(read, level, period));
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
    summary: { level, sectors: sectorElements.length, links: net.links.length, technologies: techElements.length, period: periodSummary(period) },
  };
}

/** The actors and projects that two sectors share (at the given level): the intersection of their scopes, in the period. */
export async function sharedMembers(db: GraphDb, a: string, b: string, level: Level, period: PeriodInput = {}): Promise<SharedMembers> {
  return db.reading(async (read) => {
    const { sectorNodes, sectors } = await readTree(read);
    for (const [field, id] of [['a', a], ['b', b]] as const) {
      if (!sectorNodes.has(keyOf(id))) throw noSuchNode(field, [id]);
    }
    const unit = unitOf(sectors, level);
    const [ua, ub] = [unit(keyOf(a)), unit(keyOf(b))];
    const { members, names } = await readMembers(read, [ua, ub], period);
    const inA = new Set(members.filter((m) => m.sector === ua).map((m) => m.member));
    const both = [...new Set(members.filter((m) => m.sector === ub && inA.has(m.member)).map((m) => m.member))].sort();
    const describe = (id: string) => ({ id, ...names.get(id)! });
    return {
      actors: both.filter((id) => id.startsWith('Actor:')).map(describe),
      projects: both.filter((id) => id.startsWith('Project:')).map((id) => ({ id, label: names.get(id)!.label })),
    };
  });
}

/**
 * The SHARES links of the cross-sector network (top sectors) in a period, weighted by the actors
 * both sectors hold, counting only `actors` when given (the actors of a scope), and the projects
 * targeting both when every actor counts.
 */
export async function sectorShares(db: GraphDb, period: PeriodInput, actors?: ReadonlySet<string>): Promise<{ a: string; b: string; aLabel: string; bLabel: string; weight: number }[]> {
  const inputs = await db.reading((read) => readInputs(read, 'sector', period));
  const net = crossSectorNetwork(inputs.sectors, inputs.members, inputs.enablers, 'sector');
  const name = (id: string) => String(inputs.sectorNodes.get(id)?.properties.name ?? id);
  return net.links
    .map((l) => ({
      a: elementId('Sector', l.a),
      b: elementId('Sector', l.b),
      aLabel: name(l.a),
      bLabel: name(l.b),
      weight: actors ? l.actors.filter((x) => actors.has(x)).length : l.actors.length + l.projects.length,
    }))
    .filter((l) => l.weight > 0);
}
