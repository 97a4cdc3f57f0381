import { useActivityYears } from '../api/analysis.ts';
import { useT } from '../i18n/index.ts';
import type { Period } from '../period.ts';

/**
 * The years a period slider offers: the data's active years widened to the periods shown, and
 * one histogram bar per year (participations, with projects in its tooltip).
 */
export function useYearAxis(periods: (Period | undefined)[]) {
  const { t, num } = useT();
  const activity = useActivityYears();
  const years = activity.data?.years ?? [];
  const ends = periods.flatMap((p) => (p ? [p.from, p.to] : []));
  const known = [...years.map((y) => y.year), ...ends];
  const min = known.length ? Math.min(...known) : 2000;
  const max = known.length ? Math.max(...known) : 2000;
  const byYear = new Map(years.map((y) => [y.year, y]));
  const bars = Array.from({ length: max - min + 1 }, (_, i) => {
    const y = byYear.get(min + i);
    return { value: y?.participations ?? 0, title: t('periodBar', { year: min + i, projects: num(y?.projects ?? 0), participations: num(y?.participations ?? 0) }) };
  });
  return { activity, min, max, bars };
}
