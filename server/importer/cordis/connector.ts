import type { GraphDb } from '../../db/graph-db.ts';
import { query } from '../../db/queries.ts';
import type { Helix } from '../../graph/model.ts';
import { matchActors, type KnownActor, type Match } from '../resolve/match.ts';
import { memorySource, type ImportSource } from '../sources.ts';
import type { ImportTarget } from '../targets.ts';
import { coParticipation, type PairStats } from './pairs.ts';
import { CORDIS_FILES, readCordisCsv, type CordisName, type CordisParticipation, type CordisProject } from './read.ts';
import { DEFAULT_MAX_CONSORTIUM } from '../../../contract/index.ts';

// The CORDIS connector: turns the H2020 extract into import rows (actors, projects, programme
// parts, regions, participations, co-participation pairs, SAME_AS matches) that go through the
// same validation and all-or-nothing writing as any other import.

/** CORDIS activityType → helix and actor kind (documented in docs/import-format.md). */
export const ACTIVITY_TYPES: Record<string, { helix: Helix; kind: string }> = {
  HES: { helix: 'academia', kind: 'education' },
  REC: { helix: 'academia', kind: 'research_centre' },
  PRC: { helix: 'industry', kind: 'company' },
  PUB: { helix: 'government', kind: 'government_body' },
  OTH: { helix: 'intermediary', kind: 'other' },
};

/** CORDIS country codes that differ from ISO 3166; "ZZ" (unknown) where CORDIS gives none. */
const ISO: Record<string, string> = { EL: 'GR', UK: 'GB' };
export const isoCountry = (code: string) => (code ? (ISO[code] ?? code) : 'ZZ');

export const CORDIS_DOCUMENT = 'cordis-h2020-be';
export { DEFAULT_MAX_CONSORTIUM } from '../../../contract/index.ts';

export const actorId = (pic: string) => `cordis-${pic}`;
export const projectId = (rcn: string) => `cordis-project-${rcn}`;
const partId = (part: string) => `h2020-${part.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export interface CordisStats extends PairStats {
  organisations: number;
  namedOrganisations: number;
  projects: number;
  participations: number;
  sameAs: number;
}

export interface CordisImport {
  sources: ImportSource[];
  stats: CordisStats;
  /** Uncertain matches with actors already in the graph, for a person to check. */
  review: Match[];
  sameAs: Match[];
}

type Row = Record<string, unknown>;
const money = (s: string) => (s === '' ? undefined : Number(s));

export async function cordisImport(db: GraphDb, dir: string, maxConsortium = DEFAULT_MAX_CONSORTIUM): Promise<CordisImport> {
  const names = new Map<string, CordisName>();
  for await (const n of readCordisCsv<CordisName>(dir, CORDIS_FILES.names)) names.set(n.organisationID, n);

  const orgs = new Map<string, { type: string; country: string }>();
  const participations: Row[] = [];
  const members = new Map<string, string[]>();
  const provenance = { sources: [CORDIS_DOCUMENT] };
  for await (const p of readCordisCsv<CordisParticipation>(dir, CORDIS_FILES.participations)) {
    const seen = orgs.get(p.organisationID);
    if (!seen || (!seen.country && p.country)) orgs.set(p.organisationID, { type: p.activityType, country: p.country });
    participations.push({
      from: actorId(p.organisationID),
      to: projectId(p.projectRcn),
      role: p.role,
      ecContribution: money(p.ecContribution),
      ...provenance,
      evidence: `CORDIS H2020 participation in project RCN ${p.projectRcn}`,
    });
    members.set(p.projectRcn, [...(members.get(p.projectRcn) ?? []), p.organisationID]);
  }

  const projects: Row[] = [];
  const fundedBy: Row[] = [];
  const parts = new Set<string>();
  const years = new Map<string, { year: number; members: string[] }>();
  for await (const p of readCordisCsv<CordisProject>(dir, CORDIS_FILES.projects)) {
    projects.push({
      id: projectId(p.rcn),
      name: `H2020 project ${p.rcn}`,
      start: p.startDate || undefined,
      end: p.endDate || undefined,
      programme: 'H2020',
      kind: 'framework_programme_project',
      totalCost: money(p.totalCost),
      ecMaxContribution: money(p.ecMaxContribution),
      sources: provenance.sources,
      evidence: `CORDIS project RCN ${p.rcn}`,
    });
    const own = p.programmeParts.split(';').map((x) => x.trim()).filter(Boolean);
    for (const part of own.length ? own : ['H2020']) {
      if (part !== 'H2020') parts.add(part);
      fundedBy.push({ from: projectId(p.rcn), to: part === 'H2020' ? 'h2020' : partId(part), ...provenance, evidence: `programme part ${part} of project RCN ${p.rcn}` });
    }
    years.set(p.rcn, { year: Number(p.startDate.slice(0, 4)), members: members.get(p.rcn) ?? [] });
  }

  const { pairs, stats: pairStats } = coParticipation(years, maxConsortium);

  const countryIds = new Map((await db.read<{ code: string; id: string }>(query('import-country-regions'))).map((r) => [r.code, r.id]));
  const regions: Row[] = [];
  const regionPartOf: Row[] = [];
  const countryRegion = (iso: string) => {
    const existing = countryIds.get(iso);
    if (existing) return existing;
    const id = `country-${iso.toLowerCase()}`;
    countryIds.set(iso, id);
    regions.push({ id, name: iso === 'ZZ' ? 'Unknown country' : iso, level: 'country', code: iso, ...provenance, evidence: `CORDIS country code ${iso}` });
    return id;
  };

  const actors: Row[] = [];
  const locatedIn: Row[] = [];
  const nuts = new Set<string>();
  for (const [pic, org] of orgs) {
    const n = names.get(pic);
    const spec = ACTIVITY_TYPES[org.type] ?? ACTIVITY_TYPES.OTH!;
    const country = isoCountry(org.country);
    actors.push({
      id: actorId(pic),
      name: n?.name || `Organisation ${pic}`,
      aliases: n?.shortName ? [n.shortName] : undefined,
      helix: spec.helix,
      kind: spec.kind,
      country,
      ...provenance,
      evidence: `CORDIS organisation ${pic} (${org.type})`,
    });
    locatedIn.push({ from: actorId(pic), to: countryRegion(country), ...provenance, evidence: `CORDIS country ${org.country || 'unknown'}` });
    if (n?.nuts3Code) {
      const id = `nuts3-${n.nuts3Code.toLowerCase()}`;
      if (!nuts.has(id)) {
        nuts.add(id);
        regions.push({ id, name: n.nuts3Code, level: 'nuts3', code: n.nuts3Code, ...provenance, evidence: `NUTS3 code ${n.nuts3Code}` });
        regionPartOf.push({ from: `Region:${id}`, to: `Region:${countryRegion(isoCountry(n.nuts3Code.slice(0, 2)))}`, ...provenance, evidence: `NUTS3 ${n.nuts3Code} lies in ${n.nuts3Code.slice(0, 2)}` });
      }
      locatedIn.push({ from: actorId(pic), to: id, ...provenance, evidence: `${n.city ? `${n.city}, ` : ''}NUTS3 ${n.nuts3Code}` });
    }
  }

  const known = await db.read<KnownActor>(query('import-known-actors'));
  const candidates = [...orgs].flatMap(([pic, org]) => {
    const n = names.get(pic);
    return n?.name ? [{ id: actorId(pic), name: n.name, shortName: n.shortName || undefined, country: isoCountry(org.country) }] : [];
  });
  const { confident, review } = matchActors(candidates, known);

  const policies: Row[] = [
    { id: 'h2020', name: 'Horizon 2020', level: 'eu', kind: 'programme', year: 2014, ...provenance, evidence: 'frameworkProgramme H2020' },
    ...[...parts].sort().map((part) => ({ id: partId(part), name: `H2020 ${part}`, level: 'eu', kind: 'programme', ...provenance, evidence: `programme part ${part}` })),
  ];
  const policyPartOf = [...parts].map((part) => ({ from: `Policy:${partId(part)}`, to: 'Policy:h2020', ...provenance, evidence: `${part} is a part of Horizon 2020` }));

  const src = (name: string, target: ImportTarget, rows: Row[] | (() => Iterable<Row>)) => memorySource(name, target, typeof rows === 'function' ? rows : () => rows);
  const sources = [
    src('cordis: document', { kind: 'node', label: 'Document' }, [
      { id: CORDIS_DOCUMENT, name: 'CORDIS H2020 projects with a Belgian participant', title: 'CORDIS - EU research projects under Horizon 2020 (2014-2020), projects with a participant in Belgium', publisher: 'European Commission, CORDIS', year: 2020, file: 'cordis-be/organizations.csv' },
    ]),
    src(`cordis: ${CORDIS_FILES.participations} (organisations)`, { kind: 'node', label: 'Actor' }, actors),
    src(`cordis: ${CORDIS_FILES.projects}`, { kind: 'node', label: 'Project' }, projects),
    src('cordis: programme parts', { kind: 'node', label: 'Policy' }, policies),
    src('cordis: countries and NUTS3', { kind: 'node', label: 'Region' }, regions),
    src('cordis: programme parts (part of)', { kind: 'link', type: 'PART_OF' }, [...policyPartOf, ...regionPartOf]),
    src('cordis: funded by', { kind: 'link', type: 'FUNDED_BY' }, fundedBy),
    src('cordis: located in', { kind: 'link', type: 'LOCATED_IN' }, locatedIn),
    src(`cordis: ${CORDIS_FILES.participations}`, { kind: 'link', type: 'PARTICIPATES_IN' }, participations),
    src('cordis: co-participation', { kind: 'link', type: 'COLLABORATES_WITH' }, function* () {
      for (const p of pairs) {
        yield { from: actorId(p.a), to: actorId(p.b), kind: 'project', weight: p.weight, since: p.since, until: p.until, ...provenance, evidence: `co-participants in ${p.weight} H2020 project(s)` };
      }
    }),
    src('cordis: same as', { kind: 'link', type: 'SAME_AS' }, confident.map((m) => ({ from: m.from, to: m.to, kind: 'name-match', inferred: true, reason: m.reason, ...provenance, evidence: m.fromName }))),
  ];
  return {
    sources,
    review,
    sameAs: confident,
    stats: {
      ...pairStats,
      organisations: orgs.size,
      namedOrganisations: candidates.length,
      projects: projects.length,
      participations: participations.length,
      sameAs: confident.length,
    },
  };
}
