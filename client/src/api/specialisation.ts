import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ShiftShareAnswer, SpecialisationAnswer, SpecialisationMeasure } from '../../../contract/index.ts';
import { apiFetch } from './fetch.ts';

// Location quotients and shift-share of a region against its country (GET /api/specialisation,
// /api/shift-share).

export interface SpecialisationAsk {
  region: string | undefined;
  measure: SpecialisationMeasure;
  metric?: string | undefined;
  period?: string | undefined;
  undated?: string | undefined;
}

export const useSpecialisation = (ask: SpecialisationAsk) =>
  useQuery({
    queryKey: ['specialisation', ask],
    queryFn: ({ signal }) => apiFetch<SpecialisationAnswer>('/api/specialisation', { query: { ...ask, reference: 'country' }, signal }),
    enabled: !!ask.region,
    placeholderData: keepPreviousData,
  });

export const useShiftShare = (ask: SpecialisationAsk, a: string | undefined, b: string | undefined) =>
  useQuery({
    queryKey: ['shift-share', ask, a, b],
    queryFn: ({ signal }) => apiFetch<ShiftShareAnswer>('/api/shift-share', { query: { region: ask.region, measure: ask.measure, metric: ask.metric, undated: ask.undated, a, b, reference: 'country' }, signal }),
    enabled: !!ask.region && !!a && !!b,
    placeholderData: keepPreviousData,
  });
