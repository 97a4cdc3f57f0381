import { useRef } from 'react';
import { useHelixYears, type ScopeKind } from '../../api/analysis.ts';
import type { HelixYear } from '../../api/types.ts';
import { csvField } from '../../export/csv.ts';
import { download } from '../../export/download.ts';
import { useT, type Key } from '../../i18n/index.ts';
import { ErrorMessage, Loading } from '../../shell/Message.tsx';
import { Explain } from './Explain.tsx';

// Small multiples: figures of a scope year by year, one sparkline each, drawn as one SVG that the
// person can download as it is (and the numbers behind it as CSV).

const FIGURES: { key: keyof HelixYear; label: Key; share?: boolean; signed?: boolean }[] = [
  { key: 'crossShare', label: 'crossShare', share: true },
  { key: 'ei', label: 'eiIndex', signed: true },
  { key: 'ties', label: 'yearsTies' },
  { key: 'actors', label: 'yearsActors' },
];

const W = 280;
const ROW = 46;
const PAD = { left: 4, right: 44, top: 14, bottom: 4 };
const INK = '#1d232b';
const MUTED = '#6b7480';
const LINE = '#0072B2';

/** The CSV of a series: one row per year. */
export function yearsCsv(years: HelixYear[]): string {
  const columns: (keyof HelixYear)[] = ['year', 'actors', 'ties', 'crossTies', 'crossShare', 'ei'];
  return [columns.join(','), ...years.map((y) => columns.map((c) => csvField(y[c])).join(','))].join('\r\n') + '\r\n';
}

export function HelixYears({ scope, id, years, name }: { scope: ScopeKind; id: string | undefined; years?: string; name: string }) {
  const { t, num, decimal } = useT();
  const answer = useHelixYears(scope, id, years);
  const svg = useRef<SVGSVGElement>(null);
  if (answer.error) return <ErrorMessage error={answer.error} onRetry={() => void answer.refetch()} />;
  if (!answer.data) return <Loading text={t('yearsLoading')} />;
  const series = answer.data.years;
  if (series.length === 0) return null;
  const first = series[0]!.year;
  const last = series[series.length - 1]!.year;
  const x = (year: number) => PAD.left + (series.length === 1 ? 0.5 : (year - first) / (last - first)) * (W - PAD.left - PAD.right);
  const fmt = (f: (typeof FIGURES)[number], v: number | null) => (v === null ? '–' : f.share ? `${Math.round(v * 100)}%` : f.signed ? decimal(v) : num(v));
  const height = FIGURES.length * ROW + 14;

  return (
    <section className="helix-years" data-testid="helix-years" aria-labelledby="helix-years-title">
      <h2 id="helix-years-title">
        {t('yearsTitle')} <Explain label={t('explain', { what: t('yearsTitle') })}>{t('yearsHelp')}</Explain>
      </h2>
      <svg ref={svg} xmlns="http://www.w3.org/2000/svg" width={W} height={height} viewBox={`0 0 ${W} ${height}`} role="img" aria-label={`${t('yearsTitle')} ${first}–${last}`} fontFamily="system-ui, sans-serif">
        <rect width={W} height={height} fill="#ffffff" />
        {FIGURES.map((f, row) => {
          const top = row * ROW;
          const values = series.map((y) => y[f.key] as number | null);
          const known = values.filter((v): v is number => v !== null);
          const lo = f.share ? 0 : f.signed ? -1 : Math.min(0, ...known);
          const hi = f.share || f.signed ? 1 : Math.max(1, ...known);
          const y = (v: number) => top + PAD.top + (1 - (v - lo) / (hi - lo || 1)) * (ROW - PAD.top - PAD.bottom - 4);
          const points = series.flatMap((s, i) => (values[i] === null ? [] : [`${x(s.year).toFixed(1)},${y(values[i]!).toFixed(1)}`]));
          const lastValue = values[values.length - 1] ?? null;
          return (
            <g key={f.key} data-figure={f.key}>
              <text x={PAD.left} y={top + 10} fontSize={10} fill={INK} fontWeight={600}>
                {t(f.label)}
              </text>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(lo)} y2={y(lo)} stroke="#dde1e6" />
              {f.signed && <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#dde1e6" strokeDasharray="2 2" />}
              <polyline points={points.join(' ')} fill="none" stroke={LINE} strokeWidth={1.5} />
              {series.map((s, i) =>
                values[i] === null ? null : (
                  <circle key={s.year} cx={x(s.year)} cy={y(values[i]!)} r={2} fill={LINE}>
                    <title>{`${s.year}: ${fmt(f, values[i]!)}`}</title>
                  </circle>
                ),
              )}
              <text x={W - PAD.right + 6} y={top + ROW / 2 + 6} fontSize={11} fill={INK} fontWeight={600}>
                {fmt(f, lastValue)}
              </text>
            </g>
          );
        })}
        <text x={PAD.left} y={height - 2} fontSize={10} fill={MUTED}>
          {first}
        </text>
        <text x={W - PAD.right} y={height - 2} fontSize={10} fill={MUTED} textAnchor="end">
          {last}
        </text>
      </svg>
      <div className="helix-years-export">
        <button type="button" data-testid="years-svg" onClick={() => svg.current && download(`helix-years-${name}.svg`, new XMLSerializer().serializeToString(svg.current), 'image/svg+xml')}>
          {t('yearsExport', { format: 'SVG' })}
        </button>
        <button type="button" data-testid="years-csv" onClick={() => download(`helix-years-${name}.csv`, yearsCsv(series), 'text/csv')}>
          {t('yearsExport', { format: 'CSV' })}
        </button>
      </div>
    </section>
  );
}
