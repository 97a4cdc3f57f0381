import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { geometryPath, nutsGeometrySchema, type FlowWeight, type MapMeasure, type NutsGeometry, type RegionsFlows, type RegionsMap } from '../../../contract/index.ts';
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
      return nutsGeometrySchema.parse(await res.json());
    },
    staleTime: Infinity,
  });

export const useRegionsMap = (f: MapFilters, measure: MapMeasure) =>
  useQuery({
    queryKey: ['regions-map', f, measure],
    queryFn: ({ signal }) => apiFetch<RegionsMap>('/api/regions/map', { query: { ...filterQuery(f), measure }, signal }),
    placeholderData: keepPreviousData,
  });

export const useRegionsFlows = (f: MapFilters, weight: FlowWeight, limit: number, enabled: boolean) =>
  useQuery({
    queryKey: ['regions-flows', f, weight, limit],
    queryFn: ({ signal }) => apiFetch<RegionsFlows>('/api/regions/flows', { query: { ...filterQuery(f), weight, limit }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
