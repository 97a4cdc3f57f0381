import type { MapMeasure } from '../../../../contract/index.ts';
import { localeOf, type Lang } from '../../i18n/index.ts';

// A measure's value as the legend and the figures write it: shares as per cent, the EU
// contribution in euro (compact), counts as whole numbers, in the interface language.

export function formatMeasure(lang: Lang, measure: MapMeasure, value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (measure === 'cross_helix' || measure.startsWith('share_')) return value.toLocaleString(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 });
  if (measure === 'lq') return value.toLocaleString(localeOf(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (measure === 'contribution') return value.toLocaleString(localeOf(lang), { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
  return Math.round(value).toLocaleString(localeOf(lang));
}

/** Measures that count whole things: their classes read "2 – 4", not "2 – <5". */
const COUNTS: readonly MapMeasure[] = ['actors', 'participations', 'helices'];

/** A legend class [from, to) (the last one [from, to]) in words. */
export function classLabel(lang: Lang, measure: MapMeasure, from: number, to: number, last: boolean): string {
  const f = (v: number) => formatMeasure(lang, measure, v);
  if (COUNTS.includes(measure)) {
    const upper = last ? to : to - 1;
    return upper <= from ? f(from) : `${f(from)} – ${f(upper)}`;
  }
  return `${f(from)} – ${last ? '' : '< '}${f(to)}`;
}
