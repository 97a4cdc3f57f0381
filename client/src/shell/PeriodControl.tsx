import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { PRESETS, usePeriod, type Period } from '../period.ts';
import { RangeSlider, YearInput } from '../ui/index.ts';
import { useYearAxis } from './year-axis.ts';
import './period-control.css';

/** The URL (and so every request) follows the slider this long after it rests. */
export const SLIDER_SETTLE_MS = 250;
/** The play button shows each year at least this long after its data came. */
export const PLAY_STEP_MS = 1200;

/**
 * The period of every view, in the shell: a year-range slider over the data's activity per year,
 * the funding periods, whether undated records show, and a play button that steps through the
 * years. The period lives in the link (period.ts); requests follow once the slider rests.
 */
export function PeriodControl() {
  const { t, num } = useT();
  const { period, undated, setPeriod, setUndated } = usePeriod();
  const { activity, min, max, bars } = useYearAxis([period]);

  // What the slider shows at once; the link follows when it rests (a drag sends one request, not one per year).
  const [draft, setDraft] = useState<Period | undefined>(period);
  const key = period ? `${period.from}-${period.to}` : '';
  useEffect(() => setDraft(period), [key]); // by value: the parsed period is a new object per link
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(settle.current), []);
  const change = (p: Period | undefined, now = false) => {
    setDraft(p);
    clearTimeout(settle.current);
    if (now) setPeriod(p);
    else settle.current = setTimeout(() => setPeriod(p), SLIDER_SETTLE_MS);
  };

  // Play: one year after another, each shown for PLAY_STEP_MS once nothing is loading any more.
  const [playing, setPlaying] = useState(false);
  const fetching = useIsFetching();
  useEffect(() => {
    if (!playing || fetching > 0) return;
    const timer = setTimeout(() => {
      const next = period && period.from === period.to ? period.from + 1 : min;
      if (next > max) setPlaying(false);
      else change({ from: next, to: next }, true);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, fetching, key, min, max]);

  const shift = (by: number) => {
    const base = draft ?? (by > 0 ? { from: min - 1, to: min - 1 } : { from: max + 1, to: max + 1 });
    const width = base.to - base.from;
    const from = Math.min(Math.max(base.from + by, min), max - width);
    change({ from, to: from + width }, true);
  };

  // No years to offer yet (still read, unreadable, or none in the data): a slider over made-up years would mislead.
  const noYears = activity.data ? activity.data.years.length === 0 : !period;
  if (noYears) {
    const why = activity.data ? 'periodNoYears' : activity.isError ? 'periodYearsFailed' : 'periodYearsLoading';
    return (
      <div className="period-bar" data-testid="period-control">
        <span className="period-label">{t('period')}</span> <span className="hint" role="status">{t(why)}</span>
      </div>
    );
  }
  const shown = draft ?? { from: min, to: max };
  const undatedCount = (activity.data?.undated.participations ?? 0) + (activity.data?.undated.projects ?? 0);

  return (
    <div className="period-bar" role="group" aria-label={t('period')} data-testid="period-control">
      <span className="period-label">{t('period')}</span>
      <button type="button" className={`period-all${draft ? '' : ' active'}`} aria-pressed={!draft} onClick={() => change(undefined, true)} data-testid="period-all">
        {t('periodAll')}
      </button>
      <YearInput label={t('periodFrom')} value={shown.from} testId="period-from" onYear={(y) => change({ from: Math.min(y, shown.to), to: Math.max(y, shown.to) })} />
      <div className="period-slider" title={t('periodHistogram')}>
        <RangeSlider fromLabel={t('periodFrom')} toLabel={t('periodTo')} min={min} max={max} from={shown.from} to={shown.to} bars={bars} onChange={(r) => change(r)} testId="period-slider" />
      </div>
      <YearInput label={t('periodTo')} value={shown.to} testId="period-to" onYear={(y) => change({ from: Math.min(y, shown.from), to: Math.max(y, shown.from) })} />
      <span className="period-steps">
        <button type="button" onClick={() => shift(-1)} aria-label={t('periodPrevious')} title={t('periodPrevious')} data-testid="period-previous">
          ‹
        </button>
        <button
          type="button"
          className={playing ? 'primary' : undefined}
          onClick={() => setPlaying((p) => !p)}
          aria-pressed={playing}
          aria-label={playing ? t('periodPause') : t('periodPlay')}
          title={playing ? t('periodPause') : t('periodPlay')}
          data-testid="period-play"
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <button type="button" onClick={() => shift(1)} aria-label={t('periodNext')} title={t('periodNext')} data-testid="period-next">
          ›
        </button>
      </span>
      <span className="period-presets" role="group" aria-label={t('periodPresets')}>
        {PRESETS.map((p) => {
          const on = draft?.from === p.from && draft.to === p.to;
          return (
            <button key={p.name} type="button" className={on ? 'active' : undefined} aria-pressed={on} title={`${p.name} ${p.from}–${p.to}`} onClick={() => change({ from: p.from, to: p.to }, true)}>
              {p.name}
            </button>
          );
        })}
      </span>
      <label className="period-undated" title={t('periodUndatedCount', { n: num(undatedCount) })}>
        <input type="checkbox" checked={undated === 'show'} onChange={(e) => setUndated(e.target.checked ? 'show' : 'hide')} data-testid="period-undated" /> {t('periodUndated')}
      </label>
      {activity.isError && (
        <span className="hint" role="status">
          {t('periodYearsFailedKept')}
        </span>
      )}
      <span className="visually-hidden" aria-live="polite">
        {playing && period ? t('periodPlaying', { year: period.from }) : ''}
      </span>
    </div>
  );
}
