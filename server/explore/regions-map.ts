import { HELICES, MEASURE_DEFINITIONS, FLOW_DEFINITIONS, splitNodeId, type MapMeasure, type RegionFigures, type RegionsFlows, type RegionsFlowsRequest, type RegionsMap, type RegionsMapRequest } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int, type Row } from '../db/rows.ts';
import { nuts2021 } from '../importer/cordis/places.ts';
import { periodParams, periodSummary } from './period.ts';

// The map's figures per NUTS region and the flows between regions (cypher/queries/regions-map and
// regions-flows; where an actor counts: cypher/place/).

interface MapRow {
  nuts: string;
  actors: number;
  participations: number;
  contribution: number;
  ties: number;
  crossTies: number;
  helices: (string | null)[];
  node: string | null;
}

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
    default: {
      const helix = measure.slice('share_'.length);
      return f.actors ? (f.byHelix[helix] ?? 0) / f.actors : null;
    }
  }
}

export async function regionsMap(db: GraphDb, input: RegionsMapRequest): Promise<RegionsMap> {
  const rows = await db.rows<MapRow>('regions-map', filterParams(input));
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
    return { id: r.nuts, name: table.get(r.nuts)?.name ?? r.nuts, node: r.node ? `Region:${r.node}` : null, value: measureValue(input.measure, figures), ...figures };
  });
  return { level: input.level, measure: input.measure, definition: MEASURE_DEFINITIONS[input.measure], regions, period: periodSummary(input) };
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
