import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { RELATIONSHIPS, type NodeLabel, type RelType } from '../graph/model.ts';
import { generateActors, MEMBERSHIP_KINDS } from './actors.ts';
import { CsvWriter, type Cell } from './csv-writer.ts';
import { collaborationPairs, endYear, generateProjects } from './projects.ts';
import { Random, WeightedSampler } from './random.ts';
import { buildFrame } from './taxonomy.ts';
import { COUNTRIES } from './vocabulary.ts';

// A synthetic innovation ecosystem in the import format (docs/import-format.md), one CSV file
// per label and relationship type, written row by row. The same actors count and seed give
// byte-identical files.

export interface GenerateOptions {
  actors: number;
  seed: number;
  out: string;
}

export interface GenerateResult {
  out: string;
  /** Rows per file, in the order written. */
  files: Record<string, number>;
  nodes: number;
  links: number;
  ms: number;
}

export const defaultOut = (actors: number, seed: number) => path.join('.data', 'generated', `actors-${actors}-seed-${seed}`);

const DOCUMENTS = [
  { id: 'gen-registry', name: 'Synthetisch register van organisaties', title: 'Synthetic register of organisations', publisher: 'Helix Explorer generator', file: 'registry.csv' },
  { id: 'gen-projects', name: 'Synthetische projectendatabank', title: 'Synthetic project database', publisher: 'Helix Explorer generator', file: 'projects.csv' },
  { id: 'gen-policies', name: 'Synthetische beleidsinventaris', title: 'Synthetic policy inventory', publisher: 'Helix Explorer generator', file: 'policies.csv' },
  { id: 'gen-taxonomy', name: 'Synthetische nomenclatuur', title: 'Synthetic taxonomy of sectors, technologies and regions', publisher: 'Helix Explorer generator', file: 'taxonomy.csv' },
];

/** A link end as the import format wants it: `Label:id` where the type allows several labels on that side. */
function end(type: RelType, side: 'from' | 'to', label: NodeLabel, id: string): string {
  return RELATIONSHIPS[type][side].length > 1 ? `${label}:${id}` : id;
}

const LINK_COLUMNS: Partial<Record<RelType, string[]>> = {
  COLLABORATES_WITH: ['inferred', 'reason', 'kind', 'weight', 'since', 'until', 'projectYears'],
  MEMBER_OF: ['role'],
  PARTICIPATES_IN: ['role', 'ecContribution', 'since', 'until'],
};

export async function generateEcosystem({ actors: count, seed, out }: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const random = new Random(seed);
  const width = Math.max(6, String(count).length);
  const frame = buildFrame(random, count);
  const actors = generateActors(random, frame, count, width);

  // Sectors and technologies of every actor, drawn with heavy-tailed popularity.
  const sectorPick = new WeightedSampler(frame.subsectors.map(() => random.pareto(1.3)), frame.subsectors);
  const actorSectors = actors.map((a) => {
    const n = a.helix === 'academia' ? random.int(1, 4) : a.helix === 'industry' ? random.int(1, 2) : random.int(0, 2);
    const set = new Set<number>();
    for (let i = 0; i < n; i++) set.add(sectorPick.draw(random));
    return [...set];
  });
  const actorTechnologies = actors.map((a, i) => {
    const p = a.helix === 'academia' ? 0.9 : a.helix === 'industry' ? 0.45 : 0.1;
    if (!random.chance(p)) return [];
    const set = new Set<number>();
    const n = a.helix === 'academia' ? random.int(1, 4) : random.int(1, 2);
    for (let k = 0; k < n; k++) {
      const enabled = actorSectors[i]!.flatMap((s) => frame.sectors[s]!.technologies);
      set.add(enabled.length && random.chance(0.7) ? random.pick(enabled) : random.int(0, frame.technologies.length - 1));
    }
    return [...set].sort((x, y) => x - y);
  });
  const projects = generateProjects(random, frame, actors, width, actorSectors);
  const pairs = collaborationPairs(projects, actors.length);

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const files: Record<string, number> = {};
  let nodes = 0;
  let links = 0;
  const file = async (name: string, columns: string[], write: (row: (cells: Cell[]) => Promise<void>) => Promise<void>, kind: 'node' | 'link') => {
    const w = new CsvWriter(path.join(out, `${name}.csv`), columns);
    await write((cells) => w.row(cells));
    await w.close();
    files[`${name}.csv`] = w.rows;
    if (kind === 'node') nodes += w.rows;
    else links += w.rows;
  };
  const linkFile = (type: RelType, write: (row: (from: string, to: string, source: string, evidence: string, ...props: Cell[]) => Promise<void>) => Promise<void>) =>
    file(type.toLowerCase(), ['from', 'to', 'sources', 'evidence', ...(LINK_COLUMNS[type] ?? [])], (row) => write((from, to, source, evidence, ...props) => row([from, to, source, evidence, ...props])), 'link');

  await file('documents', ['id', 'name', 'title', 'publisher', 'year', 'file'], async (row) => {
    for (const d of DOCUMENTS) await row([d.id, d.name, d.title, d.publisher, 2025, d.file]);
  }, 'node');
  await file('regions', ['id', 'name', 'level', 'code', 'country', 'sources'], async (row) => {
    for (const r of frame.regions) await row([r.id, r.name, r.level, r.code, r.country, 'gen-taxonomy']);
  }, 'node');
  await file('sectors', ['id', 'name', 'kind', 'nace', 'sources'], async (row) => {
    for (const s of frame.sectors) await row([s.id, s.name, s.kind, s.nace, 'gen-taxonomy']);
  }, 'node');
  await file('technologies', ['id', 'name', 'ket', 'sources'], async (row) => {
    for (const t of frame.technologies) await row([t.id, t.name, t.ket, 'gen-taxonomy']);
  }, 'node');
  await file('policies', ['id', 'name', 'kind', 'level', 'year', 'sources'], async (row) => {
    for (const p of frame.policies) await row([p.id, p.name, p.kind, p.level, p.year, 'gen-policies']);
  }, 'node');
  await file('actors', ['id', 'name', 'nameEn', 'aliases', 'helix', 'kind', 'country', 'website', 'sources'], async (row) => {
    for (const a of actors) await row([a.id, a.name, a.nameEn, a.aliases, a.helix, a.kind, COUNTRIES[a.country]!.code, a.kind === 'company' ? undefined : `https://example.org/${a.id}`, 'gen-registry']);
  }, 'node');
  await file('projects', ['id', 'name', 'acronym', 'start', 'end', 'programme', 'kind', 'totalCost', 'ecMaxContribution', 'sources'], async (row) => {
    for (const p of projects) {
      const endMonth = p.months - 1;
      const end = `${endYear(p)}-${String((endMonth % 12) + 1).padStart(2, '0')}-28`;
      await row([p.id, p.name, p.acronym, `${p.start}-01-01`, end, frame.policies[p.policy]!.programme, p.kind, p.totalCost, p.ecMaxContribution, 'gen-projects']);
    }
  }, 'node');

  await linkFile('PART_OF', async (row) => {
    for (const r of frame.regions) if (r.parent) await row(end('PART_OF', 'from', 'Region', r.id), end('PART_OF', 'to', 'Region', r.parent), 'gen-taxonomy', `${r.name} lies in ${r.parent}`);
    for (const s of frame.sectors) if (s.parent) await row(end('PART_OF', 'from', 'Sector', s.id), end('PART_OF', 'to', 'Sector', s.parent), 'gen-taxonomy', `${s.name} is part of ${s.parent}`);
    for (const p of frame.policies) if (p.parent) await row(end('PART_OF', 'from', 'Policy', p.id), end('PART_OF', 'to', 'Policy', p.parent), 'gen-policies', `${p.name} is part of ${p.parent}`);
  });
  await linkFile('ENABLED_BY', async (row) => {
    for (const s of frame.sectors) for (const t of s.technologies) await row(s.id, frame.technologies[t]!.id, 'gen-taxonomy', `${s.name} applies ${frame.technologies[t]!.name}`);
  });
  await linkFile('COVERS', async (row) => {
    for (const p of frame.policies) await row(p.id, p.covers, 'gen-policies', `${p.name} covers ${p.covers}`);
  });
  const governments = COUNTRIES.map((_, ci) => actors.flatMap((a, i) => (a.country === ci && a.helix === 'government' ? [i] : [])));
  await linkFile('ISSUED', async (row) => {
    for (const p of frame.policies) {
      const candidates = p.country === undefined ? [] : governments[p.country]!;
      if (candidates.length) await row(actors[candidates[p.year % candidates.length]!]!.id, p.id, 'gen-policies', `issuer of ${p.name}`);
    }
  });
  await linkFile('PRIORITISES', async (row) => {
    for (const p of frame.policies) {
      const picks = new Set<string>();
      for (let k = random.int(1, 3); k > 0; k--) picks.add(end('PRIORITISES', 'to', 'Sector', frame.sectors[random.pick(frame.subsectors)]!.id));
      for (let k = random.int(0, 2); k > 0; k--) picks.add(end('PRIORITISES', 'to', 'Technology', frame.technologies[random.int(0, 5)]!.id));
      for (const to of [...picks].sort()) await row(p.id, to, 'gen-policies', `${p.name} prioritises it`);
    }
  });
  await linkFile('LOCATED_IN', async (row) => {
    for (const a of actors) await row(end('LOCATED_IN', 'from', 'Actor', a.id), frame.regions[a.municipality]!.id, 'gen-registry', `seat in ${frame.regions[a.municipality]!.name}`);
    for (const p of projects) {
      const place = actors[p.members[0]!]!.municipality;
      await row(end('LOCATED_IN', 'from', 'Project', p.id), frame.regions[place]!.id, 'gen-projects', `coordinated from ${frame.regions[place]!.name}`);
    }
  });
  await linkFile('ACTIVE_IN', async (row) => {
    for (const [i, a] of actors.entries()) for (const s of actorSectors[i]!) await row(a.id, frame.sectors[s]!.id, 'gen-registry', `activity: ${frame.sectors[s]!.name}`);
  });
  await linkFile('DEVELOPS', async (row) => {
    for (const [i, a] of actors.entries()) for (const t of actorTechnologies[i]!) await row(a.id, frame.technologies[t]!.id, 'gen-registry', `capability: ${frame.technologies[t]!.name}`);
  });
  const hubs = actors.flatMap((a, i) => (MEMBERSHIP_KINDS.has(a.kind) ? [i] : []));
  await linkFile('MEMBER_OF', async (row) => {
    if (!hubs.length) return;
    const pick = new WeightedSampler(hubs.map(() => random.pareto(1.2)), hubs);
    for (const a of actors) {
      if (a.helix !== 'industry' || !random.chance(0.25)) continue;
      const orgs = new Set<number>();
      for (let k = random.int(1, 2); k > 0; k--) orgs.add(pick.draw(random));
      for (const o of [...orgs].sort((x, y) => x - y)) await row(a.id, actors[o]!.id, 'gen-registry', `member of ${actors[o]!.name}`, 'member');
    }
  });
  await linkFile('PARTICIPATES_IN', async (row) => {
    for (const p of projects) {
      const share = p.ecMaxContribution === undefined ? undefined : Math.round(p.ecMaxContribution / p.members.length);
      for (const [k, m] of p.members.entries()) await row(actors[m]!.id, p.id, 'gen-projects', `${k ? 'partner' : 'coordinator'} of ${p.acronym}`, k ? 'partner' : 'coordinator', share, p.start, endYear(p));
    }
  });
  await linkFile('TARGETS', async (row) => {
    for (const p of projects) for (const s of p.sectors) await row(p.id, frame.sectors[s]!.id, 'gen-projects', `${p.acronym} targets ${frame.sectors[s]!.name}`);
  });
  await linkFile('USES', async (row) => {
    for (const p of projects) for (const t of p.technologies) await row(p.id, frame.technologies[t]!.id, 'gen-projects', `${p.acronym} uses ${frame.technologies[t]!.name}`);
  });
  await linkFile('FUNDED_BY', async (row) => {
    for (const p of projects) await row(p.id, end('FUNDED_BY', 'to', 'Policy', frame.policies[p.policy]!.id), 'gen-projects', `${p.acronym} funded by ${frame.policies[p.policy]!.name}`);
  });
  await linkFile('COLLABORATES_WITH', async (row) => {
    for (const q of pairs) {
      await row(actors[q.a]!.id, actors[q.b]!.id, 'gen-projects', `${q.weight} shared project${q.weight > 1 ? 's' : ''}`, true, 'derived from shared projects', 'project', q.weight, q.since, q.until, q.years);
    }
  });

  return { out, files, nodes, links, ms: Math.round(performance.now() - started) };
}
