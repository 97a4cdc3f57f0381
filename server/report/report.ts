import type { Citation, Metrics, EcosystemReport, EcosystemReportQuery, ReportMap, TripleHelix } from '../../contract/index.ts';
import { DEFAULT_WEIGHTS, halvesOf, HELICES, REPORT_TOP } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { NotFound } from '../domain-errors.ts';
import type { AnalysisPool } from '../explore/analysis-pool.ts';
import { crossSector } from '../explore/cross-sector.ts';
import { jsonOf } from '../explore/metrics.ts';
import { keyOf, resolveNodeIds } from '../explore/node-ids.ts';
import { periodParams, periodSummary, type PeriodInput } from '../explore/period.ts';
import { scopeGraph } from '../explore/scope.ts';
import { regionsMap } from '../explore/regions-map.ts';
import { shiftShareOf, specialisationOf } from '../explore/specialisation.ts';
import { synergy } from '../explore/synergy.ts';
import type { PartnerService } from '../partners/service.ts';

/** How many of the most central actors the partner finder is asked about for introductions. */
const ASKERS = 5;
/** The share of a sector's located actors its report's map must place at a level to be drawn at that level. */
const PLACED_SHARE = 0.8;

type Cite = { document: string; title: string | null; table: string | null } | null;
interface ScopeRow {
  name: string | null;
  nameEn: string | null;
  figures: { name: string | null; nameEn: string | null; metric: string | null; value: number | null; unit: string | null; printed: string | null; year: number | null; subject: string | null; region: string | null; cite: Cite }[];
  technologies: { id: string; name: string; ket: boolean | null }[];
  policies: { id: string; name: string; level: string | null; issuers: string[]; cite: Cite }[];
}
interface DocumentRow {
  id: string;
  title: string;
  publisher: string | null;
  year: number | null;
  uses: number;
}

const citation = (c: Cite): Citation => ({ document: c?.title ?? c?.document ?? null, table: c?.table ?? null, dataset: null });
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export interface ReportDeps {
  db: GraphDb;
  pool: AnalysisPool;
  partners: PartnerService;
  maxLimit: number;
}

/**
 * Everything the ecosystem report of a sector or a region prints, each figure with its source: the
 * key figures and policies from the seed documents (document and table), the network figures from
 * the graph (the scope as /api/triple-helix and /api/metrics read it, citing the documents its
 * actors were read from), introductions from the partner finder.
 */
export async function ecosystemReport({ db, pool, partners, maxLimit }: ReportDeps, q: EcosystemReportQuery, cancel?: AbortSignal): Promise<EcosystemReport> {
  const period: PeriodInput = { period: q.period, undated: q.undated };
  const scopeRow = await db.reading(async (read) => {
    const eid = (await resolveNodeIds(read, [q.id], 'id')).get(q.id)!;
    return (await read.rows<ScopeRow>('report-scope', { eid }))[0]!;
  });
  const graph = await scopeGraph(db, q.scope, q.id, maxLimit, period);
  const helix = JSON.parse(jsonOf(await pool.run({ kind: 'triple-helix', graph }, cancel))) as TripleHelix;
  const metrics = JSON.parse(jsonOf(await pool.run({ kind: 'scope-metrics', graph }, cancel))) as Metrics;
  const actorKeys = graph.nodes.map((n) => keyOf(n.data.id));
  const documents = await db.rows<DocumentRow>('report-documents', {
    documents: [...scopeRow.figures, ...scopeRow.policies].flatMap((x) => (x.cite ? [x.cite.document] : [])),
    actors: actorKeys,
  });
  const networkSource: Citation = {
    document: null,
    table: null,
    dataset: documents.filter((d) => d.uses > 0).map((d) => d.title).slice(0, 3).join('; ') || null,
  };

  const byId = new Map(graph.nodes.map((n) => [n.data.id, n.data]));
  const ref = (id: string) => {
    const d = byId.get(id);
    return { id, label: String(d?.label ?? id), helix: typeof d?.helix === 'string' ? d.helix : null };
  };
  const central = Object.entries(metrics.nodes)
    .sort(([a, x], [b, y]) => y.betweenness - x.betweenness || y.degree - x.degree || a.localeCompare(b))
    .slice(0, REPORT_TOP)
    .map(([id, m]) => ({ ...ref(id), degree: m.degree, betweenness: m.betweenness, pagerank: m.pagerank }));
  const brokers = Object.entries(helix.stats.brokerage.byActor)
    .filter(([, r]) => r.total > 0)
    .sort(([a, x], [b, y]) => y.total - x.total || a.localeCompare(b))
    .slice(0, REPORT_TOP)
    .map(([id, roles]) => ({ ...ref(id), roles }));

  // independent reads, together
  const [synergyOf, sectorsOfScope, introductionsOf, regional, mapOfSector] = await Promise.all([
    synergy(db, { scope: q.scope, id: q.id, unit: 'auto', ...period }),
    sectorsOf(db, q, period, new Set(graph.nodes.map((n) => n.data.id))),
    introductions(partners, period, central, byId),
    q.scope === 'region' ? regionFigures(db, q, period) : null,
    q.scope === 'sector' ? sectorMap(db, q.id, period) : null,
  ]);
  return {
    scope: { kind: q.scope, id: q.id, label: scopeRow.name ?? keyOf(q.id), labelEn: scopeRow.nameEn },
    lang: q.lang,
    generatedAt: new Date().toISOString(),
    period: periodSummary(period),
    keyFigures: scopeRow.figures.map((f) => ({
      name: f.name,
      nameEn: f.nameEn,
      metric: f.metric ?? '',
      value: num(f.value),
      unit: f.unit,
      printed: f.printed,
      year: num(f.year),
      subject: f.subject ?? '',
      region: f.region,
      source: citation(f.cite),
    })),
    helix: {
      actors: helix.stats.actors,
      isolated: helix.stats.isolated,
      matrix: helix.stats.matrix,
      ties: helix.stats.totals.ties,
      crossShare: helix.stats.crossShare,
      ei: helix.stats.ei.overall,
      missing: helix.stats.missing,
      thin: helix.stats.thin.map(({ helix: h, actors, isolated, reasons }) => ({ helix: h, actors, isolated, reasons })),
      truncated: graph.scope.truncated,
      source: networkSource,
    },
    synergy: synergyOf,
    specialisation: regional?.specialisation ?? null,
    shiftShare: regional?.shiftShare ?? null,
    map: mapOfSector ?? regional?.map ?? null,
    central,
    brokers,
    sectors: sectorsOfScope,
    introductions: introductionsOf,
    policies: scopeRow.policies.map((p) => ({ id: `Policy:${p.id}`, label: p.name, level: p.level, issuer: p.issuers.join(', ') || null, source: citation(p.cite) })),
    technologies: scopeRow.technologies.map((t) => ({ id: `Technology:${t.id}`, label: t.name, ket: t.ket === true })),
    sources: documents.map(({ id, title, publisher, year }) => ({ id, title, publisher, year: num(year) })),
  };
}

/**
 * A sector's links to other sectors, as the Cross-sector view counts them (shared actors and
 * projects, at the sector's level); for a region, the sectors holding most of its actors.
 */
async function sectorsOf(db: GraphDb, q: EcosystemReportQuery, period: PeriodInput, actors: ReadonlySet<string>): Promise<EcosystemReport['sectors']> {
  for (const level of ['sector', 'subsector'] as const) {
    const net = await crossSector(db, level, period);
    const label = new Map(net.nodes.map((n) => [n.data.id, String(n.data.label)]));
    if (q.scope === 'sector' && !label.has(q.id)) continue;
    const rows = net.edges
      .filter((e) => e.data.type === 'SHARES')
      .flatMap((e) => {
        const { source, target } = e.data;
        const other = source === q.id ? target : target === q.id ? source : null;
        return other ? [{ id: other, label: label.get(other) ?? other, actors: Number(e.data.actors ?? 0), projects: Number(e.data.projects ?? 0) }] : [];
      });
    if (q.scope === 'sector') return rows.sort((a, b) => b.actors + (b.projects ?? 0) - (a.actors + (a.projects ?? 0)) || a.label.localeCompare(b.label)).slice(0, REPORT_TOP);
    return regionSectors(db, period, actors, label);
  }
  return [];
}

/** The sectors holding most of a region's actors, by the sectors' scopes as the Cross-sector view reads them (sector-members.cypher). */
async function regionSectors(db: GraphDb, period: PeriodInput, actors: ReadonlySet<string>, label: ReadonlyMap<string, string>): Promise<EcosystemReport['sectors']> {
  const sectors = [...label.keys()].filter((id) => id.startsWith('Sector:')).map(keyOf);
  const rows = await db.rows<{ type: string; key: string; sector: string }>('sector-members', { sectors, ...periodParams(period) });
  const count = new Map<string, number>();
  for (const r of rows) if (r.type === 'Actor' && actors.has(`Actor:${r.key}`)) count.set(r.sector, (count.get(r.sector) ?? 0) + 1);
  return [...count]
    .map(([sector, n]) => ({ id: `Sector:${sector}`, label: label.get(`Sector:${sector}`) ?? sector, actors: n, projects: null }))
    .sort((a, b) => b.actors - a.actors || a.label.localeCompare(b.label))
    .slice(0, REPORT_TOP);
}

/** A region's location quotients against its country: by programme part where its actors take part in projects, else its actors by sector; null for a region in no country. */
async function regionSpecialisation(db: GraphDb, region: string, period: PeriodInput): Promise<EcosystemReport['specialisation']> {
  const base = { region, reference: 'country' as const, ...period };
  try {
    const parts = await specialisationOf(db, { ...base, measure: 'participations', by: 'part' });
    return parts.total > 0 ? parts : await specialisationOf(db, { ...base, measure: 'actors', by: 'sector' });
  } catch (err) {
    // a region in no country of the graph has no reference to be specialised against
    if (err instanceof NotFound && err.field === 'reference') return null;
    throw err;
  }
}

/** A region's specialisation, the shift-share of the period's halves in the same measure, and the map of its country coloured by its first specialisation. */
async function regionFigures(db: GraphDb, q: EcosystemReportQuery, period: PeriodInput) {
  const specialisation = await regionSpecialisation(db, q.id, period);
  if (!specialisation) return { specialisation, shiftShare: null, map: null };
  const halves = q.period ? halvesOf(q.period) : undefined;
  const { measure, by } = specialisation;
  const shiftShare = halves ? await shiftShareOf(db, { region: q.id, reference: 'country', measure, by, a: halves.a, b: halves.b, undated: q.undated }) : null;
  const nuts = specialisation.region.nuts;
  if (!nuts) return { specialisation, shiftShare, map: null };
  // its largest specialisation: the most above what the country's mix would give it (x_ir − x_ir / LQ), not the highest quotient of a tiny category
  const surplus = (c: { value: number; lq: number | null }) => (c.lq ? c.value * (1 - 1 / c.lq) : 0);
  const first = specialisation.categories.filter((c) => (c.lq ?? 0) > 1 && /^(Policy|Sector):/.test(c.id)).sort((a, b) => surplus(b) - surplus(a))[0];
  const level = nuts.length - 2;
  const map = await regionsMap(db, { level, measure: first ? 'lq' : 'actors', category: first?.id, ...period }, { ties: false });
  const focus = nuts.slice(0, 2);
  return {
    specialisation,
    shiftShare,
    map: {
      level,
      measure: map.measure,
      category: map.specialisation?.category ?? null,
      focus,
      highlight: nuts,
      regions: map.regions.filter((r) => r.id.startsWith(focus)).map(({ id, name, value }) => ({ id, name, value })),
    } satisfies ReportMap,
  };
}

/**
 * A sector's actors (its scope, sub-sectors included) per NUTS region, drawn around the country
 * holding most of them, at the finest level that still places most of them (the seeds place many
 * actors in a province only, CORDIS in a NUTS 3 region).
 */
async function sectorMap(db: GraphDb, sector: string, period: PeriodInput): Promise<ReportMap | null> {
  const located = (regions: { actors: number }[]) => regions.reduce((n, r) => n + r.actors, 0);
  const countries = await regionsMap(db, { level: 0, measure: 'actors', sector, ...period }, { ties: false });
  const focus = [...countries.regions].sort((a, b) => b.actors - a.actors || a.id.localeCompare(b.id))[0]?.id;
  if (!focus) return null;
  let map = countries;
  for (const level of [3, 2, 1]) {
    const finer = await regionsMap(db, { level, measure: 'actors', sector, ...period }, { ties: false });
    if (located(finer.regions) >= PLACED_SHARE * located(countries.regions)) {
      map = finer;
      break;
    }
  }
  return { level: map.level, measure: 'actors', category: null, focus, highlight: null, regions: map.regions.map(({ id, name, value }) => ({ id, name, value })) };
}

/** Pairs to introduce: for the most central actors, the best-ranked partner suggestions inside the scope and in another helix. */
async function introductions(partners: PartnerService, period: PeriodInput, central: EcosystemReport['central'], inScope: ReadonlyMap<string, { helix?: unknown; label?: unknown }>): Promise<EcosystemReport['introductions']> {
  const pairs: EcosystemReport['introductions'] = [];
  const seen = new Set<string>();
  for (const asker of central.filter((c) => c.helix && HELICES.includes(c.helix as never)).slice(0, ASKERS)) {
    // The weighted ranking, explicitly: its scores compare across askers (the learned order's are
    // places), and a report does not change with whether the learned ranker has finished training.
    const answer = await partners.find({ actor: asker.id, limit: 50, weights: DEFAULT_WEIGHTS, period: period.period, undated: period.undated });
    const fit = answer.suggestions.filter((s) => inScope.has(s.id) && (s.helix ?? null) !== asker.helix);
    for (const s of fit.slice(0, 2)) {
      const key = [asker.id, s.id].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push({ a: { id: asker.id, label: asker.label, helix: asker.helix }, b: { id: s.id, label: s.name, helix: s.helix ?? null }, score: s.score, introducer: s.introducers[0]?.name ?? null });
    }
  }
  return pairs.sort((x, y) => y.score - x.score).slice(0, REPORT_TOP);
}
