import { createHash } from 'node:crypto';
import path from 'node:path';
import { CORDIS_TABLES, DEFAULT_MAX_CONSORTIUM } from '../../../contract/index.ts';
import type { GraphDb } from '../../db/graph-db.ts';
import { geoPoint } from '../../db/values.ts';
import { query } from '../../db/queries.ts';
import type { Helix } from '../../graph/model.ts';
import { matchActors, type KnownActor, type Match } from '../resolve/match.ts';
import { memorySource, type ImportSource } from '../sources.ts';
import type { End } from '../../seeds/rules.ts';
import type { ImportTarget } from '../targets.ts';
import { CordisInputError } from './errors.ts';
import { openInputs, type InputPath } from './inputs.ts';
import { coParticipation, type EarlierPair, type PairStats } from './pairs.ts';
import { isoCountry, places } from './places.ts';
import { readPublisherInput } from './publisher.ts';
import { PROGRAMMES, type CordisSink, type InputSummary, type OrganisationRecord, type Programme, type ProjectRecord } from './records.ts';
import { isTidyInput, readTidyInput } from './tidy.ts';

// The CORDIS connector: reads the publisher's archives or folders (FP7, H2020, Horizon Europe;
// or the older tidy H2020 extract) into import rows — actors, projects, programmes and their
// parts, regions, participations, co-participation pairs, SAME_AS matches — that go through the
// same validation and all-or-nothing writing as any other import. Every row cites one Document
// describing what was read.

/** CORDIS activityType → helix and actor kind (documented in docs/import-format.md). */
export const ACTIVITY_TYPES: Record<string, { helix: Helix; kind: string }> = {
  HES: { helix: 'academia', kind: 'education' },
  REC: { helix: 'academia', kind: 'research_centre' },
  PRC: { helix: 'industry', kind: 'company' },
  PUB: { helix: 'government', kind: 'government_body' },
  OTH: { helix: 'intermediary', kind: 'other' },
};

export { DEFAULT_MAX_CONSORTIUM } from '../../../contract/index.ts';
export { isoCountry } from './places.ts';

export const actorId = (pic: string) => `cordis-${pic}`;
/** Projects are keyed by programme and id: FP7, H2020 and Horizon Europe ids may coincide. */
export const projectId = (programme: Programme, id: string) => `cordis-project-${programme}-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
function partId(programme: Programme, part: string): string {
  const s = slug(part);
  return s.startsWith(`${programme}-`) || s.startsWith(`${PROGRAMMES[programme].policy}-`) ? s : `${PROGRAMMES[programme].policy}-${s}`;
}

export interface CordisStats extends PairStats {
  organisations: number;
  namedOrganisations: number;
  projects: number;
  participations: number;
  /** Participations of natural persons: counted in their projects, not imported. */
  naturalPersonParticipations: number;
  /** The same participation read twice (an archive given twice): imported once. */
  repeatedParticipations: number;
  placedInNuts: number;
  oldNutsCodes: number;
  sameAs: number;
}

export interface CordisImport {
  sources: ImportSource[];
  stats: CordisStats;
  inputs: InputSummary[];
  oldNutsCodes: string[];
  /** The id of the Document every node and link of the import cites. */
  document: string;
  /** Uncertain matches with actors already in the graph, for a person to check. */
  review: Match[];
  sameAs: Match[];
}

type Row = Record<string, unknown>;

const year = (d: string | undefined) => (d ? Number(d.slice(0, 4)) : undefined);

export function asPaths(given: string | (string | InputPath)[]): InputPath[] {
  return (Array.isArray(given) ? given : [given]).map((p) => (typeof p === 'string' ? { name: path.basename(path.resolve(p)), path: p } : p));
}

/** The organisation as the latest row describes it, gaps filled from the others. */
function mergeOrg(old: OrganisationRecord | undefined, next: OrganisationRecord): OrganisationRecord {
  if (!old) return next;
  const newer = (next.updated ?? '') > (old.updated ?? '');
  const [a, b] = newer ? [next, old] : [old, next];
  const merged = { ...b, ...Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) } as OrganisationRecord;
  return merged;
}

/**
 * One project's participants: parallel lists, a few bytes per participation (the organisation's
 * one PIC string, the role's number in `CordisRead.roles`, the EC contribution or NaN).
 */
export interface Consortium {
  pics: string[];
  roles: number[];
  ec: number[];
}

/**
 * What the import keeps of the files while they stream past: one record per project and per
 * organisation, and each project's consortium. Rows are built from these only when the
 * validation and the writing ask for them; nothing is kept per pair of organisations.
 */
export interface CordisRead {
  projects: ProjectRecord[];
  /** Each project's participants, in the order of `projects`. */
  consortia: Consortium[];
  /** Natural persons per project, in the order of `projects`. */
  anonymous: number[];
  orgs: Map<string, OrganisationRecord>;
  /** The role names (they repeat on every row: each kept once). */
  roles: string[];
  participations: number;
  natural: number;
  repeated: number;
  summaries: InputSummary[];
}

/** The participations of a read, project by project. */
export function* participationsOf(read: CordisRead): Generator<{ project: ProjectRecord; pic: string; role: string; ecContribution?: number }> {
  for (const [j, c] of read.consortia.entries()) {
    const project = read.projects[j]!;
    for (const [k, pic] of c.pics.entries()) {
      const ec = c.ec[k]!;
      yield { project, pic, role: read.roles[c.roles[k]!]!, ecContribution: Number.isNaN(ec) ? undefined : ec };
    }
  }
}

/** Reads every input; nothing is written, and any unreadable row stops the whole import. */
export async function readCordis(paths: InputPath[]): Promise<CordisRead> {
  const read: CordisRead = { projects: [], consortia: [], anonymous: [], orgs: new Map(), roles: [], participations: 0, natural: 0, repeated: 0, summaries: [] };
  const numbers = new Map<string, number>();
  const roleNumbers = new Map<string, number>();
  const numberOf = (programme: Programme, id: string, acronym?: string) => {
    const key = `${programme}|${id}`;
    let j = numbers.get(key);
    if (j === undefined) {
      numbers.set(key, (j = read.projects.length));
      read.projects.push({ programme, id, acronym, parts: [] });
      read.consortia.push({ pics: [], roles: [], ec: [] });
      read.anonymous.push(0);
    }
    return j;
  };
  const sink: CordisSink = {
    project(p) {
      read.projects[numberOf(p.programme, p.id)] = p;
    },
    participation(p) {
      const j = numberOf(p.programme, p.project, p.projectAcronym);
      if (p.org.natural) {
        read.natural++;
        read.anonymous[j]!++;
        return;
      }
      const consortium = read.consortia[j]!;
      if (consortium.pics.includes(p.org.pic)) {
        read.repeated++;
        return;
      }
      const old = read.orgs.get(p.org.pic);
      const org = mergeOrg(old, p.org);
      read.orgs.set(org.pic, org);
      let role = roleNumbers.get(p.role);
      if (role === undefined) roleNumbers.set(p.role, (role = read.roles.push(p.role) - 1));
      // The one PIC string of the organisation, shared by its participations.
      consortium.pics.push(org.pic);
      consortium.roles.push(role);
      consortium.ec.push(p.ecContribution ?? NaN);
      read.participations++;
    },
  };
  const inputs = await openInputs(paths);
  try {
    for (const input of inputs) {
      if (isTidyInput(input)) read.summaries.push(await readTidyInput(input, sink));
      else if (input.tables.has(CORDIS_TABLES.organisations)) read.summaries.push(await readPublisherInput(input, sink));
      else {
        throw new CordisInputError(
          { input: input.name },
          `has no ${CORDIS_TABLES.organisations} (the participants table of a CORDIS projects archive${input.tables.size ? `; it holds ${[...input.tables.values()].map((t) => t.file).join(', ')}` : ''})`,
        );
      }
    }
  } finally {
    for (const input of inputs) input.close();
  }
  read.summaries.sort((a, b) => a.input.localeCompare(b.input));
  return read;
}

/** The one Document an import cites: what was read, from which archives, with the publisher's update dates. */
async function documentRow(db: GraphDb, summaries: InputSummary[]): Promise<Row> {
  const programmes = [...new Set(summaries.flatMap((s) => s.programmes))].sort() as Programme[];
  const names = programmes.map((p) => PROGRAMMES[p].name);
  const from = summaries.map((s) => s.contentFrom).filter(Boolean).sort()[0];
  const to = summaries.map((s) => s.contentTo).filter(Boolean).sort().at(-1);
  const rows = summaries.reduce((n, s) => n + s.files.reduce((m, f) => m + f.rows, 0), 0);
  const what = summaries.map((s) => `${s.input}: ${s.files.map((f) => `${f.file} (${f.rows} rows)`).join(', ')}`).join('; ');
  const hash = createHash('sha256').update(JSON.stringify(summaries)).digest('hex').slice(0, 10);
  const id = `cordis-${programmes.join('-') || 'empty'}-${hash}`;
  const [existing] = await db.read<{ importedAt: string | null }>(query('import-document-imported-at'), { id });
  return {
    id,
    name: `CORDIS ${names.join(', ')} (${summaries.map((s) => s.input).join(', ')})`,
    title: `CORDIS - EU research projects under ${names.join(', ')}`,
    publisher: 'European Commission, CORDIS',
    year: year(to) ?? new Date().getFullYear(),
    file: what,
    programme: programmes.map((p) => PROGRAMMES[p].code).join(', '),
    archive: summaries.map((s) => s.input).join(', '),
    rowsRead: rows,
    contentFrom: from,
    contentTo: to,
    // The time of the first import of exactly these files: re-importing them changes nothing.
    importedAt: existing?.importedAt ?? new Date().toISOString(),
  };
}

export async function cordisImport(db: GraphDb, given: string | (string | InputPath)[], maxConsortium = DEFAULT_MAX_CONSORTIUM): Promise<CordisImport> {
  const read = await readCordis(asPaths(given));
  const document = await documentRow(db, read.summaries);
  const cite = { sources: [document.id as string] };

  // Every row below is built when the validation or the writing reads it, and dropped after.
  // Participations come project by project, pairs organisation by organisation: the duplicate
  // check keeps one project's or one organisation's links at a time (LinkPairs).
  const participations = function* (): Generator<Row> {
    for (const p of participationsOf(read)) {
      const { project } = p;
      yield {
        from: actorId(p.pic),
        to: projectId(project.programme, project.id),
        role: p.role,
        ecContribution: p.ecContribution,
        since: year(project.start),
        until: year(project.end),
        ...cite,
        evidence: `CORDIS ${PROGRAMMES[project.programme].code} participation in project ${project.id}`,
      };
    }
  };

  const parts = new Map<string, { programme: Programme; part: string }>();
  const programmes = new Set<Programme>();
  for (const p of read.projects) {
    programmes.add(p.programme);
    for (const part of p.parts) parts.set(partId(p.programme, part), { programme: p.programme, part });
  }
  const projects = function* (): Generator<Row> {
    for (const [j, p] of read.projects.entries()) {
      const code = PROGRAMMES[p.programme].code;
      yield {
        id: projectId(p.programme, p.id),
        name: p.acronym ?? `${code} project ${p.id}`,
        acronym: p.acronym,
        title: p.title,
        status: p.status,
        start: p.start,
        end: p.end,
        programme: code,
        kind: 'framework_programme_project',
        totalCost: p.totalCost,
        ecMaxContribution: p.ecMaxContribution,
        legalBasis: p.legalBasis,
        topics: p.topics,
        fundingScheme: p.fundingScheme,
        anonymousParticipants: read.anonymous[j] || undefined,
        ...cite,
        evidence: `CORDIS ${code} project ${p.id}`,
      };
    }
  };
  const fundedBy = function* (): Generator<Row> {
    for (const p of read.projects) {
      const id = projectId(p.programme, p.id);
      yield { from: id, to: PROGRAMMES[p.programme].policy, ...cite, evidence: `frameworkProgramme ${PROGRAMMES[p.programme].code} of project ${p.id}` };
      for (const part of p.parts) yield { from: id, to: partId(p.programme, part), ...cite, evidence: `programme part ${part} of project ${p.id}` };
    }
  };

  const others = (Object.keys(PROGRAMMES) as Programme[]).filter((p) => !programmes.has(p));
  const earlier = async (as: string[]) => (others.length ? db.read<EarlierPair>(query('import-cordis-other-pairs'), { others, pics: as }) : []);
  const consortia = read.projects.map((p, j) => ({ programme: p.programme, start: year(p.start), end: year(p.end), members: read.consortia[j]!.pics }));
  const { pairs, stats: pairStats } = coParticipation(consortia, maxConsortium, earlier, [...programmes]);

  const existingRegions = new Map((await db.read<{ code: string; id: string }>(query('import-country-regions'))).map((r) => [r.code, r.id]));
  const place = places(existingRegions, cite);

  // The regions are worked out before any row is read: the Region rows come before the links.
  const countryOf = (org: OrganisationRecord) => {
    const country = org.country ? isoCountry(org.country) : undefined;
    return country && /^[A-Z]{2}$/.test(country) ? country : undefined;
  };
  const regionOf = new Map<string, string>();
  let placedInNuts = 0;
  for (const [pic, org] of read.orgs) {
    const region = place.regionOf(countryOf(org) ? org.country : undefined, org.nutsCode);
    if (!region) continue;
    regionOf.set(pic, region);
    if (org.nutsCode && org.nutsCode.length > 2) placedInNuts++;
  }
  const actors = function* (): Generator<Row> {
    for (const [pic, org] of read.orgs) {
      const spec = ACTIVITY_TYPES[org.activityType ?? ''] ?? ACTIVITY_TYPES.OTH!;
      const country = countryOf(org);
      yield {
        id: actorId(pic),
        name: org.name ?? `Organisation ${pic}`,
        aliases: org.shortName && org.shortName !== org.name ? [org.shortName] : undefined,
        helix: spec.helix,
        kind: spec.kind,
        country,
        cordisCountry: org.country && org.country !== country ? org.country : undefined,
        pic,
        city: org.city,
        location: org.lat === undefined || org.lon === undefined ? undefined : geoPoint(org.lon, org.lat),
        ...cite,
        evidence: `CORDIS organisation ${pic} (${org.activityType ?? 'no activity type'})`,
      };
    }
  };
  const locatedIn = function* (): Generator<Row> {
    for (const [pic, region] of regionOf) {
      const org = read.orgs.get(pic)!;
      yield { from: actorId(pic), to: region, ...cite, evidence: [org.city, org.nutsCode ? `NUTS ${org.nutsCode}` : org.country].filter(Boolean).join(', ') };
    }
  };

  const known = await db.read<KnownActor>(query('import-known-actors'));
  const candidates = [...read.orgs].flatMap(([pic, org]) =>
    org.name ? [{ id: actorId(pic), name: org.name, shortName: org.shortName, country: org.country ? isoCountry(org.country) : undefined }] : [],
  );
  const { confident, review } = matchActors(candidates, known);

  const policies: Row[] = [
    ...[...programmes].sort().map((p) => ({ id: PROGRAMMES[p].policy, name: PROGRAMMES[p].name, level: 'eu', kind: 'programme', year: PROGRAMMES[p].year, ...cite, evidence: `frameworkProgramme ${PROGRAMMES[p].code}` })),
    ...[...parts].sort().map(([id, { programme, part }]) => ({ id, name: `${PROGRAMMES[programme].code} ${part}`, level: 'eu', kind: 'programme', ...cite, evidence: `programme part ${part}` })),
  ];
  const policyPartOf = [...parts].map(([id, { programme, part }]) => ({ from: `Policy:${id}`, to: `Policy:${PROGRAMMES[programme].policy}`, ...cite, evidence: `${part} is a part of ${PROGRAMMES[programme].name}` }));

  const src = (name: string, target: ImportTarget, rows: Row[] | (() => Iterable<Row> | AsyncIterable<Row>), grouped?: End) => memorySource(name, target, typeof rows === 'function' ? rows : () => rows, grouped);
  const sources = [
    src('cordis: document', { kind: 'node', label: 'Document' }, [document]),
    src('cordis: organisations', { kind: 'node', label: 'Actor' }, actors),
    src('cordis: projects', { kind: 'node', label: 'Project' }, projects),
    src('cordis: programmes and parts', { kind: 'node', label: 'Policy' }, policies),
    src('cordis: countries and NUTS regions', { kind: 'node', label: 'Region' }, place.regions),
    src('cordis: programme parts and regions (part of)', { kind: 'link', type: 'PART_OF' }, [...policyPartOf, ...place.partOf]),
    src('cordis: funded by', { kind: 'link', type: 'FUNDED_BY' }, fundedBy),
    src('cordis: located in', { kind: 'link', type: 'LOCATED_IN' }, locatedIn),
    src('cordis: participations', { kind: 'link', type: 'PARTICIPATES_IN' }, participations, 'to'),
    src('cordis: co-participation', { kind: 'link', type: 'COLLABORATES_WITH' }, async function* () {
      for await (const p of pairs()) {
        yield {
          from: actorId(p.a),
          to: actorId(p.b),
          kind: 'project',
          weight: p.weight,
          since: p.since,
          until: p.until,
          fp7Projects: p.byProgramme.fp7,
          h2020Projects: p.byProgramme.h2020,
          horizonProjects: p.byProgramme.horizon,
          fp7ProjectYears: p.yearsByProgramme.fp7,
          h2020ProjectYears: p.yearsByProgramme.h2020,
          horizonProjectYears: p.yearsByProgramme.horizon,
          ...cite,
          evidence: `co-participants in ${p.weight} CORDIS project(s)`,
        };
      }
    }, 'from'),
    src('cordis: same as', { kind: 'link', type: 'SAME_AS' }, confident.map((m) => ({ from: m.from, to: m.to, kind: 'name-match', inferred: true, reason: m.reason, ...cite, evidence: m.fromName }))),
  ];
  return {
    sources,
    review,
    sameAs: confident,
    inputs: read.summaries,
    oldNutsCodes: [...place.oldCodes].sort(),
    document: document.id as string,
    stats: {
      ...pairStats,
      organisations: read.orgs.size,
      namedOrganisations: candidates.length,
      projects: read.projects.length,
      participations: read.participations,
      naturalPersonParticipations: read.natural,
      repeatedParticipations: read.repeated,
      placedInNuts,
      oldNutsCodes: place.oldCodes.size,
      sameAs: confident.length,
    },
  };
}
