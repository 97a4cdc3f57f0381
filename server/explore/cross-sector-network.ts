// The cross-sector network as a pure function of sectors, their members and technologies, so
// the roll-up and pairing rules are tested without a database.

export interface SectorRow {
  id: string;
  parent: string | null;
}
/** A member of a sector's scope (an actor of it or of a sub-sector, or a project targeting one). */
export interface MemberRow {
  /** Element id of the actor or project. */
  member: string;
  type: 'Actor' | 'Project';
  sector: string;
}
export interface EnablerRow {
  sector: string;
  technology: string;
}

export type Level = 'sector' | 'subsector';

export interface SectorLink {
  a: string;
  b: string;
  actors: string[];
  projects: string[];
}

export interface CrossSectorNetwork {
  /** Sector ids shown (those with at least one actor, project or shared technology). */
  sectors: string[];
  links: SectorLink[];
  /** Technologies enabling two or more of the shown sectors, with those sectors. */
  technologies: { technology: string; sectors: string[] }[];
}

/** A sector and the sectors above it (PART_OF), safe against a cycle. */
function lineOf(parent: Map<string, string | null>, id: string): string[] {
  const line = [id];
  for (let up = parent.get(id); up && !line.includes(up); up = parent.get(up)) line.push(up);
  return line;
}

/** At sector level every sector counts as its top ancestor; at sub-sector level as itself. */
export function unitOf(sectors: readonly SectorRow[], level: Level): (id: string) => string {
  const parent = new Map(sectors.map((s) => [s.id, s.parent]));
  return (id) => (level === 'subsector' ? id : lineOf(parent, id).at(-1)!);
}

/** The sectors shown at a level: the top sectors, or every sector. */
export function unitsAt(sectors: readonly SectorRow[], level: Level): string[] {
  const unit = unitOf(sectors, level);
  return sectors.filter((s) => unit(s.id) === s.id).map((s) => s.id);
}

/**
 * `members` are the members of each shown sector's scope (rows of other sectors are ignored), so
 * two sectors share exactly the intersection of their scopes. At sub-sector level a sector and one
 * inside it are not linked: the inner one's members are all in the outer one's scope.
 */
export function crossSectorNetwork(sectors: readonly SectorRow[], members: readonly MemberRow[], enablers: readonly EnablerRow[], level: Level): CrossSectorNetwork {
  const unit = unitOf(sectors, level);
  const parent = new Map(sectors.map((s) => [s.id, s.parent]));
  const nested = (a: string, b: string) => lineOf(parent, a).includes(b) || lineOf(parent, b).includes(a);
  const unitsOf = new Map<string, { type: MemberRow['type']; units: Set<string> }>();
  for (const m of members) {
    if (unit(m.sector) !== m.sector) continue;
    const entry = unitsOf.get(m.member) ?? { type: m.type, units: new Set<string>() };
    entry.units.add(m.sector);
    unitsOf.set(m.member, entry);
  }
  const shown = new Set<string>();
  const links = new Map<string, SectorLink>();
  for (const [member, { type, units }] of unitsOf) {
    const list = [...units].sort();
    list.forEach((u) => shown.add(u));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (nested(list[i]!, list[j]!)) continue;
        const key = `${list[i]}\u0000${list[j]}`;
        const link = links.get(key) ?? { a: list[i]!, b: list[j]!, actors: [], projects: [] };
        (type === 'Actor' ? link.actors : link.projects).push(member);
        links.set(key, link);
      }
    }
  }
  const byTechnology = new Map<string, Set<string>>();
  for (const e of enablers) {
    const set = byTechnology.get(e.technology) ?? new Set<string>();
    set.add(unit(e.sector));
    byTechnology.set(e.technology, set);
  }
  const technologies = [...byTechnology]
    .filter(([, set]) => set.size >= 2)
    .map(([technology, set]) => ({ technology, sectors: [...set].sort() }))
    .sort((x, y) => x.technology.localeCompare(y.technology));
  technologies.forEach((t) => t.sectors.forEach((s) => shown.add(s)));
  return { sectors: [...shown].sort(), links: [...links.values()], technologies };
}
