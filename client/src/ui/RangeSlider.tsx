import { useId, type CSSProperties } from 'react';

export interface RangeSliderProps {
  /** Names the two thumbs for screen readers. */
  fromLabel: string;
  toLabel: string;
  min: number;
  max: number;
  from: number;
  to: number;
  onChange: (range: { from: number; to: number }) => void;
  /** One bar per step from min to max (a histogram behind the track), with its tooltip. */
  bars?: { value: number; title: string }[];
  testId?: string;
}

/**
 * Two thumbs on one track (whole steps), with an optional histogram behind it: the bars inside the
 * range are drawn in the accent colour, the others muted. Each bar stands over its step's thumb
 * position and is at most 12 px wide, so with few steps the end bars stay over the track. The
 * thumbs cannot cross.
 */
export function RangeSlider({ fromLabel, toLabel, min, max, from, to, onChange, bars, testId }: RangeSliderProps) {
  const id = useId();
  const span = Math.max(1, max - min);
  const at = (v: number) => `${((v - min) / span) * 100}%`;
  const highest = Math.max(1, ...(bars ?? []).map((b) => b.value));
  const n = bars?.length ?? 0;
  return (
    <div className="ui-range" data-testid={testId}>
      {bars && n > 0 && (
        <div className="ui-range-bars" style={{ '--gaps': Math.max(1, n - 1) } as CSSProperties} aria-hidden="true">
          {bars.map((b, i) => (
            <span key={i} className={min + i >= from && min + i <= to ? 'on' : undefined} style={{ left: at(min + i), height: `${(b.value / highest) * 100}%` }} title={b.title} />
          ))}
        </div>
      )}
      <div className="ui-range-track" aria-hidden="true">
        <span style={{ left: at(from), right: `calc(100% - ${at(to)})` }} />
      </div>
      <input
        id={`${id}-from`}
        type="range"
        aria-label={fromLabel}
        min={min}
        max={max}
        step={1}
        value={from}
        onChange={(e) => onChange({ from: Math.min(Number(e.target.value), to), to })}
      />
      <input id={`${id}-to`} type="range" aria-label={toLabel} min={min} max={max} step={1} value={to} onChange={(e) => onChange({ from, to: Math.max(Number(e.target.value), from) })} />
    </div>
  );
}
