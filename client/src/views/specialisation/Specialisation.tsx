import { halvesOf, periodSchema, periodText, type SpecialisationMeasure } from '../../../../contract/index.ts';
import { useShiftShare, useSpecialisation } from '../../api/specialisation.ts';
import { localeOf, useT, type Key } from '../../i18n/index.ts';
import { usePeriodQuery } from '../../period.ts';
import { ShiftShareTable } from './ShiftShareTable.tsx';
import './specialisation.css';

// A region's location quotients against its country (bars, 1 marked) and, for a period of two
// years or more, the shift-share of its first half to its second (README, "Specialisation and
// shift-share"). Shown in the map's region panel and the sector profile.

const MAX_BARS = 10;

/** The halves of the period of the shell (2014-2020: 2014-2017 → 2018-2020) as query values; none for one year. */
export function halvesOfQuery(period: string | undefined): { a: string; b: string } | undefined {
  const parsed = periodSchema.safeParse(period);
  const halves = parsed.success ? halvesOf(parsed.data) : undefined;
  return halves && { a: periodText(halves.a), b: periodText(halves.b) };
}

/** The highest quotients with a value, and the marked category even where it ranks lower (in the last place). */
export function barsOf<T extends { id: string; value: number }>(categories: T[], highlight: string | undefined): T[] {
  const top = categories.filter((c) => c.value > 0).slice(0, MAX_BARS);
  const marked = categories.find((c) => c.id === highlight);
  return marked && !top.includes(marked) ? [...top.slice(0, MAX_BARS - 1), marked] : top;
}

export interface SpecialisationProps {
  /** A NUTS id (BE211) or a region id (Region:province-antwerp). */
  region: string;
  measure: SpecialisationMeasure;
  /** The category to mark (the sector whose profile this is). */
  highlight?: string | undefined;
  testId: string;
}

export function Specialisation({ region, measure, highlight, testId }: SpecialisationProps) {
  const { t, num, lang } = useT();
  const period = usePeriodQuery();
  const ask = { region, measure, ...period };
  const lq = useSpecialisation(ask);
  const halves = halvesOfQuery(period.period);
  const ss = useShiftShare(ask, halves?.a, halves?.b);
  const d = lq.data;
  const dec = (x: number) => x.toLocaleString(localeOf(lang), { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const bars = barsOf(d?.categories ?? [], highlight);
  const top = Math.max(2, ...bars.map((c) => c.lq ?? 0));
  const reference = d?.reference.label ?? '';
  return (
    <section className="lq" data-testid={testId} aria-busy={lq.isFetching}>
      <h4 className="lq-title">{t('lqTitle', { reference })}</h4>
      <p className="lq-muted">
        {t(`lqMeasure_${measure}` as Key)}. {t('lqHint', { reference })}
      </p>
      {lq.error && <p className="lq-muted">{(lq.error as Error).message}</p>}
      {d && !bars.length && <p className="lq-muted">{t('lqNone', { what: t(`lqMeasure_${measure}` as Key).toLowerCase() })}</p>}
      {bars.length > 0 && (
        <ul className="lq-bars" style={{ ['--lq-one' as string]: `${100 / top}%` }}>
          {bars.map((c) => (
            <li key={c.id} className={c.id === highlight ? 'lq-mark' : undefined} title={`${num(c.value)} / ${num(d!.total)} · ${num(c.referenceValue)} / ${num(d!.referenceTotal)}`}>
              <span className="lq-label">{c.label}</span>
              <span className="lq-track">
                <span className={`lq-bar${(c.lq ?? 0) >= 1 ? ' lq-above' : ''}`} style={{ width: `${(100 * Math.min(c.lq ?? 0, top)) / top}%` }} />
              </span>
              <span className="lq-value">{c.lq === null ? t('lqUndefined') : dec(c.lq)}</span>
            </li>
          ))}
        </ul>
      )}
      {!halves && <p className="lq-muted">{t('ssNeedsPeriod')}</p>}
      {halves && ss.data && (
        <>
          <h4 className="lq-title">{t('ssTitle', { a: halves.a, b: halves.b })}</h4>
          <p className="lq-muted">{t('ssHint')}</p>
          <ShiftShareTable ss={ss.data} highlight={highlight} testId={`${testId}-shift-share`} />
        </>
      )}
    </section>
  );
}
