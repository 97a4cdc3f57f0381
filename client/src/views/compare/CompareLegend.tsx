import { CHANGE_COLOURS } from '../../canvas/helix.ts';
import { useT } from '../../i18n/index.ts';

/** What the compare canvas's line colours mean (node colours are the helices, as everywhere). */
export function CompareLegend({ counts }: { counts: { gained: number; lost: number; kept: number } }) {
  const { t, num } = useT();
  const rows = [
    { key: 'gained', label: t('compareLegendGained'), colour: CHANGE_COLOURS.gained, dash: undefined, n: counts.gained },
    { key: 'lost', label: t('compareLegendLost'), colour: CHANGE_COLOURS.lost, dash: '5 3', n: counts.lost },
    { key: 'kept', label: t('compareLegendKept'), colour: CHANGE_COLOURS.kept, dash: undefined, n: counts.kept },
  ];
  return (
    <section className="compare-legend" aria-label={t('compareLegend')} data-testid="compare-legend">
      <h3>{t('compareLegend')}</h3>
      <ul>
        {rows.map((r) => (
          <li key={r.key} data-change={r.key}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="1" x2="27" y1="5" y2="5" stroke={r.colour} strokeWidth="3" strokeDasharray={r.dash} />
            </svg>
            {r.label} <span className="count">({num(r.n)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
