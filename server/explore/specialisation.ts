import {
  MEASURE_CATEGORIES,
  SPECIALISATION_DEFINITIONS,
  splitNodeId,
  type Period,
  type ShiftShareAnswer,
  type ShiftShareRequest,
  type SpecialisationAnswer,
  type SpecialisationBy,
  type SpecialisationRegion,
  type SpecialisationRequest,
} from '../../contract/index.ts';
import { shiftShare, specialisation, type CategoryValues } from '../analytics/specialisation.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int, type Reader, type Row } from '../db/rows.ts';
import { NotFound } from '../domain-errors.ts';
import { nuts2021 } from '../importer/cordis/places.ts';
import { periodParams, periodSummary } from './period.ts';

// GET /api/specialisation and /api/shift-share: the measure by category for the region and for
// its reference, read in one read transaction (cypher/queries/specialisation-*.cypher), then the
// formulas of server/analytics/specialisation.ts.

type Input = Pick<SpecialisationRequest, 'measure' | 'by' | 'region' | 'reference' | 'regions' | 'metric'>;

/** Who counts: every actor, those of a NUTS region at its level, or those in a Region node. */
interface Unit {
  all: boolean;
  nuts: string | null;
  level: number | null;
  node: string | null;
}

interface Resolved {
  region: SpecialisationRegion;
  unit: Unit;
  country: string | null;
}

interface Values {
  values: Record<string, number>;
  labels: Map<string, string>;
  units: Set<string>;
}

const nutsUnit = (nuts: string): Unit => ({ all: false, nuts, level: nuts.length - 2, node: null });

async function resolve(read: Reader, ref: string, field: string): Promise<Resolved> {
  const byNode = ref.startsWith('Region:');
  const [row] = await read.rows<{ node: string | null; name: string | null; nuts: string | null; country: string | null }>('specialisation-region', {
    node: byNode ? splitNodeId(ref).key : null,
    nuts: byNode ? null : ref,
  });
  const table = nuts2021();
  if (byNode) {
    if (!row?.node) throw new NotFound(field, `no region ${ref}`);
    const unit = row.nuts ? nutsUnit(row.nuts) : { all: false, nuts: null, level: null, node: row.node };
    return { region: { id: ref, name: row.name ?? row.node, nuts: row.nuts, node: ref }, unit, country: row.country ?? row.nuts?.slice(0, 2) ?? null };
  }
  const known = table.get(ref);
  if (!known && !row?.node) throw new NotFound(field, `${ref} is not a NUTS 2021 region`);
  return {
    region: { id: ref, name: known?.name ?? row?.name ?? ref, nuts: ref, node: row?.node ? `Region:${row.node}` : null },
    unit: nutsUnit(ref),
    country: ref.slice(0, 2),
  };
}

async function valuesOf(read: Reader, input: Input, by: SpecialisationBy, unit: Unit, period: Row): Promise<Values> {
  const params = { ...period, all: unit.all, nuts: unit.nuts, level: unit.level === null ? null : int(unit.level), node: unit.node };
  const out: Values = { values: {}, labels: new Map(), units: new Set() };
  const add = (category: string, label: string, value: number) => {
    out.values[category] = (out.values[category] ?? 0) + value;
    out.labels.set(category, label);
  };
  if (input.measure !== 'observations') {
    const rows = await read.rows<{ category: string; label: string; value: number }>('specialisation-counts', { ...params, measure: input.measure, by });
    for (const r of rows) add(r.category, r.label, r.value);
  } else {
    const rows = await read.rows<{ category: string; label: string; value: number; unit: string | null }>('specialisation-observations', { ...params, metric: input.metric });
    for (const r of rows) {
      add(r.category, r.label, r.value);
      if (r.unit) out.units.add(r.unit);
    }
  }
  return out;
}

/** The reference's units and how the answer names it. */
async function referenceOf(read: Reader, input: Input, focus: Resolved): Promise<{ units: Unit[]; label: string; regions: SpecialisationRegion[] }> {
  if (input.reference === 'all') return { units: [{ all: true, nuts: null, level: null, node: null }], label: 'the whole data', regions: [] };
  if (input.reference === 'country') {
    if (!focus.country) throw new NotFound('reference', `region ${input.region} lies in no country of the graph; choose reference=all or regions`);
    const country = await resolve(read, focus.country, 'reference');
    return { units: [country.unit], label: country.region.name, regions: [country.region] };
  }
  const benchmark = [];
  for (const ref of input.regions ?? []) benchmark.push(await resolve(read, ref, 'regions'));
  return { units: benchmark.map((b) => b.unit), label: benchmark.map((b) => b.region.name).join(', '), regions: benchmark.map((b) => b.region) };
}

/** Values of several units summed per category (a benchmark of regions). */
async function summed(read: Reader, input: Input, by: SpecialisationBy, units: Unit[], period: Row): Promise<Values> {
  const total: Values = { values: {}, labels: new Map(), units: new Set() };
  for (const unit of units) {
    const v = await valuesOf(read, input, by, unit, period);
    for (const [k, x] of Object.entries(v.values)) total.values[k] = (total.values[k] ?? 0) + x;
    for (const [k, l] of v.labels) total.labels.set(k, l);
    for (const u of v.units) total.units.add(u);
  }
  return total;
}

const unitOf = (...vs: Values[]) => {
  const units = new Set(vs.flatMap((v) => [...v.units]));
  return units.size === 1 ? [...units][0]! : null;
};

function common(input: Input, by: SpecialisationBy, focus: Resolved, reference: Awaited<ReturnType<typeof referenceOf>>) {
  return {
    measure: input.measure,
    by,
    definition: SPECIALISATION_DEFINITIONS[input.measure],
    region: focus.region,
    reference: { kind: input.reference, label: reference.label, regions: reference.regions },
    metric: input.metric ?? null,
  };
}

export async function specialisationOf(db: GraphDb, input: SpecialisationRequest): Promise<SpecialisationAnswer> {
  const by = input.by ?? MEASURE_CATEGORIES[input.measure][0]!;
  const period = periodParams(input);
  return db.reading(async (read) => {
    const focus = await resolve(read, input.region, 'region');
    const reference = await referenceOf(read, input, focus);
    const region = await valuesOf(read, input, by, focus.unit, period);
    const ref = await summed(read, input, by, reference.units, period);
    const s = specialisation(region.values, ref.values);
    const label = (c: string) => region.labels.get(c) ?? ref.labels.get(c) ?? c;
    return {
      ...common(input, by, focus, reference),
      unit: unitOf(region, ref),
      total: s.total,
      referenceTotal: s.referenceTotal,
      categories: s.categories.map(({ category, ...c }) => ({ id: category, label: label(category), ...c })),
      period: periodSummary(input),
    };
  });
}

export async function shiftShareOf(db: GraphDb, input: ShiftShareRequest): Promise<ShiftShareAnswer> {
  const by = input.by ?? MEASURE_CATEGORIES[input.measure][0]!;
  const at = (period: Period) => periodParams({ period, undated: input.undated });
  return db.reading(async (read) => {
    const focus = await resolve(read, input.region, 'region');
    const reference = await referenceOf(read, input, focus);
    const [ra, rb] = [await valuesOf(read, input, by, focus.unit, at(input.a)), await valuesOf(read, input, by, focus.unit, at(input.b))];
    const [xa, xb] = [await summed(read, input, by, reference.units, at(input.a)), await summed(read, input, by, reference.units, at(input.b))];
    const ss = shiftShare(ra.values as CategoryValues, rb.values, xa.values, xb.values);
    const label = (c: string) => rb.labels.get(c) ?? ra.labels.get(c) ?? xb.labels.get(c) ?? xa.labels.get(c) ?? c;
    return {
      ...common(input, by, focus, reference),
      unit: unitOf(ra, rb, xa, xb),
      a: periodSummary({ period: input.a, undated: input.undated }),
      b: periodSummary({ period: input.b, undated: input.undated }),
      referenceGrowth: ss.referenceGrowth,
      categories: ss.categories.map(({ category, ...c }) => ({ id: category, label: label(category), ...c })),
      totals: ss.totals,
    };
  });
}
