import type { ShiftShareAnswer } from '../../../../contract/index.ts';
import { localeOf, useT } from '../../i18n/index.ts';

/** How many categories the table lists (those with a value in either period), then the total. */
const MAX_ROWS = 10;

/** A shift-share answer as a table: per category the change and its three parts, then the total (Dunn 1960). */
export function ShiftShareTable({ ss, highlight, testId }: { ss: ShiftShareAnswer; highlight?: string | undefined; testId: string }) {
  const { t, lang } = useT();
  const signed = (x: number) => `${x > 0 ? '+' : ''}${x.toLocaleString(localeOf(lang), { maximumFractionDigits: 1 })}`;
  const row = (x: ShiftShareAnswer['totals']) => (
    <>
      <td>{signed(x.change)}</td>
      <td>{signed(x.nationalShare)}</td>
      <td>{signed(x.categoryMix)}</td>
      <td>{signed(x.regionalShift)}</td>
    </>
  );
  return (
    <table className="lq-table" data-testid={testId}>
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
        {ss.categories
          .filter((c) => c.a || c.b)
          .slice(0, MAX_ROWS)
          .map((c) => (
            <tr key={c.id} className={c.id === highlight ? 'lq-mark' : undefined}>
              <td>{c.label}</td>
              {row(c)}
            </tr>
          ))}
        <tr className="lq-total">
          <td>{t('ssTotal')}</td>
          {row(ss.totals)}
        </tr>
      </tbody>
    </table>
  );
}
