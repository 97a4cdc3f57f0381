import {
  HELICES,
  MEASURE_DEFINITIONS,
  FLOW_DEFINITIONS,
  splitNodeId,
  type MapMeasure,
  type MapSpecialisation,
  type RegionFigures,
  type RegionsFlows,
  type RegionsFlowsRequest,
  type RegionsMap,
  type RegionsMapRequest,
} from '../../contract/index.ts';
import { locationQuotient } from '../analytics/specialisation.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int, type Reader, type Row } from '../db/rows.ts';
import { nuts2021 } from '../importer/cordis/places.ts';
import { periodParams, periodSummary } from './period.ts';

// The map's figures per NUTS region and the flows between regions (cypher/queries/regions-map and
// regions-flows; where an actor counts: cypher/place/). The location quotients of measure lq are
// those of GET /api/specialisation (the same categories: cypher/measure/categories.cypher; the same
// formula), for every region of the map at once, each against its country.

interface MapRow {
  nuts: string;
  actors: number;
  participations: number;
  contribution: number;
  ties: number;
  crossTies: number;
  helices: (string | null)[];
  /** Per actor, what it adds to each category (measure lq only). */
  categories: CategoryRow[][];
  node: string | null;
}

interface CategoryRow {
  category: string;
  label: string;
  value: number;
}

type LqMeasure = Pick<MapSpecialisation, 'measure' | 'by'>;
const BY_PART: LqMeasure = { measure: 'participations', by: 'part' };
const BY_SECTOR: LqMeasure = { measure: 'actors', by: 'sector' };

/** The parameters both queries share: level, helix and sector filters, period. */
function filterParams(input: Pick<RegionsMapRequest, 'level' | 'helix' | 'sector' | 'period' | 'undated'>): Row {
  return { level: int(input.level), helix: input.helix ?? null, sector: input.sector ? splitNodeId(input.sector).key : null, ...periodParams(input) };
}

/** The value of `measure` among a region's figures; null where a share has nothing to divide. */
export function measureValue(measure: MapMeasure, f: Omit<RegionFigures, 'value' | 'id' | 'name' | 'node'>): number | null {
  switch (measure) {
    case 'actors':
      return f.actors;
    case 'participations':
      return f.participations;
    case 'contribution':
      return f.contribution;
    case 'helices':
      return f.helices;
    case 'cross_helix':
      return f.crossShare;
    case 'lq':
      // the location quotients need every region's categories: regionsMap reads them
      return null;
    default: {
      const helix = measure.slice('share_'.length);
      return f.actors ? (f.byHelix[helix] ?? 0) / f.actors : null;
    }
  }
}

/** Sums of category values: category → value, with the labels. */
function summed(lists: Iterable<CategoryRow[]>): { values: Map<string, number>; labels: Map<string, string> } {
  const values = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const list of lists)
    for (const c of list) {
      values.set(c.category, (values.get(c.category) ?? 0) + c.value);
      labels.set(c.category, c.label);
    }
  return { values, labels };
}

const total = (values: Map<string, number>) => [...values.values()].reduce((a, b) => a + b, 0);

/** The map's rows with what each region's actors add per category, by programme part where the data has any, else by sector (or as the category asked for says). */
async function lqRows(read: Reader, input: RegionsMapRequest, ties: boolean): Promise<{ rows: MapRow[]; lq: LqMeasure }> {
  const tries = input.category ? [input.category.startsWith('Sector:') ? BY_SECTOR : BY_PART] : [BY_PART, BY_SECTOR];
  let rows: MapRow[] = [];
  for (const lq of tries) {
    rows = await read.rows<MapRow>('regions-map', { ...filterParams(input), ...lq, ties });
    if (rows.some((r) => r.categories.some((list) => list.length))) return { rows, lq };
  }
  return { rows, lq: tries[tries.length - 1]! };
}

/**
 * Each region's location quotient in the category (GET /api/specialisation's, with the same
 * categories): against its country's values (read at NUTS 0 with the same filters), or at NUTS 0
 * against all countries shown.
 */
async function withQuotients(read: Reader, input: RegionsMapRequest, ties: boolean): Promise<{ rows: MapRow[]; lq: Map<string, number | null>; specialisation: MapSpecialisation }> {
  const { rows, lq } = await lqRows(read, input, ties);
  const shown = summed(rows.flatMap((r) => r.categories));
  const categories = [...shown.values]
    .map(([id, value]) => ({ id, label: shown.labels.get(id) ?? id, value }))
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  const id = input.category ?? categories[0]?.id ?? '';
  const countries = input.level === 0 ? null : await read.rows<MapRow>('regions-map', { ...filterParams({ ...input, level: 0 }), ...lq, ties: false });
  const reference = new Map((countries ?? []).map((c) => [c.nuts, summed(c.categories).values]));
  const quotients = new Map<string, number | null>();
  for (const r of rows) {
    const own = summed(r.categories).values;
    const ref = countries ? reference.get(r.nuts.slice(0, 2)) : shown.values;
    quotients.set(r.nuts, ref ? locationQuotient(own.get(id) ?? 0, total(own), ref.get(id) ?? 0, total(ref)) : null);
  }
  return {
    rows,
    lq: quotients,
    specialisation: { ...lq, category: { id, label: shown.labels.get(id) ?? splitNodeId(id).key }, reference: countries ? 'country' : 'all', categories },
  };
}

/** The map's figures per region; `ties: false` leaves the ties uncounted (0, cross-helix share null) where only the values are wanted. */
export async function regionsMap(db: GraphDb, input: RegionsMapRequest, { ties = true } = {}): Promise<RegionsMap> {
  const { rows, lq, specialisation } =
    input.measure === 'lq'
      ? await db.reading((read) => withQuotients(read, input, ties))
      : { rows: await db.rows<MapRow>('regions-map', { ...filterParams(input), measure: null, by: null, ties }), lq: null, specialisation: null };
  const table = nuts2021();
  const regions = rows.map((r): RegionFigures => {
    const byHelix: Record<string, number> = {};
    for (const h of r.helices) if (h) byHelix[h] = (byHelix[h] ?? 0) + 1;
    const figures = {
      actors: r.actors,
      participations: r.participations,
      contribution: Math.round(r.contribution * 100) / 100,
      byHelix,
      helices: HELICES.filter((h) => byHelix[h]).length,
      ties: r.ties,
      crossTies: r.crossTies,
      crossShare: r.ties ? r.crossTies / r.ties : null,
    };
    const value = lq ? (lq.get(r.nuts) ?? null) : measureValue(input.measure, figures);
    return { id: r.nuts, name: table.get(r.nuts)?.name ?? r.nuts, node: r.node ? `Region:${r.node}` : null, value, ...figures };
  });
  return { level: input.level, measure: input.measure, definition: MEASURE_DEFINITIONS[input.measure], specialisation, regions, period: periodSummary(input) };
}

export async function regionsFlows(db: GraphDb, input: RegionsFlowsRequest): Promise<RegionsFlows> {
  const [row] = await db.rows<{ total: number; flows: RegionsFlows['flows'] }>('regions-flows', {
    ...filterParams(input),
    weight: input.weight,
    min: int(input.min),
    limit: int(input.limit),
    region: input.region ?? null,
  });
  return { level: input.level, weight: input.weight, definition: FLOW_DEFINITIONS[input.weight], flows: row?.flows ?? [], total: row?.total ?? 0, period: periodSummary(input) };
}
