import { ACTOR_DIMS_DEFAULT, HELICES, SYNERGY_MAX_CELLS, UIG_DIMS, type Scope, type SynergyAnswer, type SynergyUnit } from '../../contract/index.ts';
import { decompose, presenceSynergy, synergyOf, type PresenceCell, type SynergyCell } from '../analytics/synergy.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { Reader } from '../db/rows.ts';
import { resolveNodeIds } from './node-ids.ts';
import { periodParams, periodSummary, type PeriodInput } from './period.ts';

// GET /api/synergy: the records of a scope read and counted by Neo4j (cypher/queries/synergy-*),
// T computed here from the counted table: at most a few thousand cells, well under a millisecond
// (bench/synergy-latency.ts), so it needs no worker.

export interface SynergyInput extends PeriodInput {
  scope: Scope;
  id?: string | undefined;
  unit: SynergyUnit;
  dims?: string | undefined;
}

type Triple = [string, string, string];
type Unit = Exclude<SynergyUnit, 'auto'>;

interface Records {
  cells: SynergyCell[];
  /** Records the presence form counts as cells of 0/1; the general form's excluded actors. */
  excluded: number;
}

const bit = (b: boolean) => (b ? '1' : '0');

async function readRecords(read: Reader, unit: Unit, ids: string[], dims: Triple, only: string | null, period: PeriodInput): Promise<Records> {
  const params = { ids, dims, only, ...periodParams(period) };
  if (unit === 'actor') {
    const rows = await read.rows<{ cell: Triple | null; n: number }>('synergy-records-actor', params);
    return {
      cells: rows.filter((r) => r.cell !== null).map((r) => ({ values: r.cell!, n: Number(r.n) })),
      excluded: rows.filter((r) => r.cell === null).reduce((s, r) => s + Number(r.n), 0),
    };
  }
  const rows = await read.rows<{ present: [boolean, boolean, boolean]; n: unknown }>(`synergy-records-${unit}`, params);
  return { cells: rows.map((r) => ({ values: r.present.map(bit) as Triple, n: Number(r.n) })), excluded: 0 };
}

const toPresence = (cells: SynergyCell[]): PresenceCell[] => cells.map((c) => ({ present: c.values.map((v) => v === '1') as [boolean, boolean, boolean], n: c.n }));

/** T(UIG) of a scope in a period (Leydesdorff 2003), or T over three actor attributes, with ΔT of sub-regions for a region. */
export async function synergy(db: GraphDb, input: SynergyInput): Promise<SynergyAnswer> {
  const period: PeriodInput = { period: input.period, undated: input.undated };
  return db.reading(async (read) => {
    const eid = input.scope === 'all' || !input.id ? null : (await resolveNodeIds(read, [input.id], 'id')).get(input.id)!;
    const [scopeRow] = await read.rows<{ ids: string[] }>({ name: 'synergy-scope', scope: input.scope }, { eid, ...periodParams(period) });
    const ids = scopeRow?.ids ?? [];
    const attributes = input.unit === 'actor';
    const dims = (input.dims?.split(',').map((d) => d.trim()) ?? (attributes ? [...ACTOR_DIMS_DEFAULT] : [...UIG_DIMS])) as Triple;
    const only = input.scope === 'project' ? eid : null;

    let unit: Unit = input.unit === 'auto' ? 'project' : input.unit;
    let records = await readRecords(read, unit, ids, dims, only, period);
    if (input.unit === 'auto' && records.cells.length === 0) {
      unit = 'tie';
      records = await readRecords(read, unit, ids, dims, only, period);
    }
    const presence = attributes ? null : presenceSynergy(toPresence(records.cells));
    const whole = presence ?? synergyOf(records.cells);
    const cells = presence ? presence.eight.map((c) => ({ values: c.present.map(bit) as Triple, n: c.n })) : [...whole.cells].sort((x, y) => y.n - x.n).slice(0, SYNERGY_MAX_CELLS).map((c) => ({ values: [...c.values] as Triple, n: c.n }));

    let subregions: SynergyAnswer['subregions'] = null;
    if (input.scope === 'region' && eid) {
      const children = await read.rows<{ id: string; label: string; ids: string[] }>('synergy-subregions', { eid, ...periodParams(period) });
      const groups = new Map<string, SynergyCell[]>();
      for (const child of children) groups.set(child.id, (await readRecords(read, unit, child.ids, dims, null, period)).cells);
      const d = decompose(whole, groups);
      const labels = new Map(children.map((c) => [c.id, c.label]));
      subregions = { regions: d.groups.map((g) => ({ id: g.group, label: labels.get(g.group) ?? g.group, n: g.n, t: g.t, deltaT: g.deltaT })), sumOfContributions: d.sumOfContributions, between: d.between };
    }

    return {
      scope: { scope: input.scope, id: input.id ?? null, actors: ids.length, period: periodSummary(period) },
      unit,
      form: attributes ? 'attributes' : 'presence',
      dims,
      n: whole.n,
      excluded: records.excluded,
      notCounted: attributes ? [] : HELICES.filter((h) => !dims.includes(h)),
      t: whole.t,
      tMillibits: whole.t * 1000,
      entropies: whole.entropies,
      mutual: whole.mutual,
      cells,
      cellCount: attributes ? whole.cells.length : 8,
      subregions,
    };
  });
}
