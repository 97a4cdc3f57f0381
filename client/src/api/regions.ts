import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { geometryPath, type FlowWeight, type MapMeasure, type NutsGeometry, type RegionsFlows, type RegionsMap } from '../../../contract/index.ts';
import { apiFetch } from './fetch.ts';

// The map's reads: the shipped NUTS geometry of a level (a static file), the figures per region and
// the flows between regions.

export interface MapFilters {
  level: number;
  helix: string[];
  sector?: string | undefined;
  period?: string | undefined;
  undated?: string | undefined;
}

const filterQuery = (f: MapFilters) => ({ level: f.level, helix: f.helix.length ? f.helix.join(',') : undefined, sector: f.sector, period: f.period, undated: f.undated });

export const useGeometry = (level: number) =>
  useQuery({
    queryKey: ['geometry', level],
    queryFn: async ({ signal }): Promise<NutsGeometry> => {
      const res = await fetch(geometryPath(level), { signal });
      if (!res.ok) throw new Error(`${geometryPath(level)}: ${res.status}`);
      // The shipped files are checked against the schema by tests/unit/geo/map-geometry.test.ts;
      // parsing 100,000 coordinates again here would cost the first draw.
      return (await res.json()) as NutsGeometry;
    },
    staleTime: Infinity,
  });

/** The figures per region; `category` is the location quotients' (measure lq). */
export const useRegionsMap = (f: MapFilters, measure: MapMeasure, category?: string) =>
  useQuery({
    queryKey: ['regions-map', f, measure, category],
    queryFn: ({ signal }) => apiFetch<RegionsMap>('/api/regions/map', { query: { ...filterQuery(f), measure, category }, signal }),
    placeholderData: keepPreviousData,
  });

/** The heaviest flows, or with `region` the heaviest of that region's. */
export const useRegionsFlows = (f: MapFilters, weight: FlowWeight, limit: number, enabled: boolean, region?: string) =>
  useQuery({
    queryKey: ['regions-flows', f, weight, limit, region],
    queryFn: ({ signal }) => apiFetch<RegionsFlows>('/api/regions/flows', { query: { ...filterQuery(f), weight, limit, region }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
