import type { SpecialisationMeasure } from '../../../../contract/index.ts';
import { useShiftShare, useSpecialisation } from '../../api/specialisation.ts';
import { useT, type Key } from '../../i18n/index.ts';
import { usePeriodQuery } from '../../period.ts';
import './specialisation.css';

// A region's location quotients against its country (bars, 1 marked) and, for a period of two
// years or more, the shift-share of its first half to its second (README, "Specialisation and
// shift-share"). Shown in the map's region panel and the sector profile.

const MAX_BARS = 10;

/** The first and second half of a period "2014-2020" (2014-2017, 2018-2020); none for one year. */
export function halvesOf(period: string | undefined): { a: string; b: string } | undefined {
  const m = /^(\d{4})-(\d{4})$/.exec(period ?? '');
  if (!m) return undefined;
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (to <= from) return undefined;
  const mid = Math.floor((from + to) / 2);
  const text = (x: number, y: number) => (x === y ? String(x) : `${x}-${y}`);
  return { a: text(from, mid), b: text(mid + 1, to) };
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
  const halves = halvesOf(period.period);
  const ss = useShiftShare(ask, halves?.a, halves?.b);
  const d = lq.data;
  const dec = (x: number) => x.toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const signed = (x: number) => `${x > 0 ? '+' : ''}${x.toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 1 })}`;
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
          <table className="lq-table" data-testid={`${testId}-shift-share`}>
            <thead>
              <tr>
                <th>{t('ssCategory')}</th>
                <th>{t('ssChange')}</th>
                <th>{t('ssNational')}</th>
                <th>{t('ssMix')}</th>
                <th>{t('ssShift')}</th>
              </tr>
            </thead>
            <tbody>
              {ss.data.categories
                .filter((c) => c.a || c.b)
                .slice(0, MAX_BARS)
                .map((c) => (
                  <tr key={c.id} className={c.id === highlight ? 'lq-mark' : undefined}>
                    <td>{c.label}</td>
                    <td>{signed(c.change)}</td>
                    <td>{signed(c.nationalShare)}</td>
                    <td>{signed(c.categoryMix)}</td>
                    <td>{signed(c.regionalShift)}</td>
                  </tr>
                ))}
              <tr className="lq-total">
                <td>{t('ssTotal')}</td>
                <td>{signed(ss.data.totals.change)}</td>
                <td>{signed(ss.data.totals.nationalShare)}</td>
                <td>{signed(ss.data.totals.categoryMix)}</td>
                <td>{signed(ss.data.totals.regionalShift)}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
