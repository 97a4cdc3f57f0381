import type { SynergyAnswer } from '../../../../contract/index.ts';
import type { ScopeKind } from '../../api/analysis.ts';
import { useSynergy } from '../../api/synergy.ts';
import { HELIX_COLOURS } from '../../canvas/helix.ts';
import { localeOf, useT, type Key } from '../../i18n/index.ts';
import { ErrorMessage, Loading } from '../../shell/Message.tsx';
import { Explain } from './Explain.tsx';
import './synergy.css';

// Triple-helix synergy T(UIG) of the scope (GET /api/synergy): T in millibits with its reading,
// the eight-cell table, the pairwise mutual information and, for a region, what each sub-region adds.

/** Below this many records the panel gives no reading: one project more or less would turn it. */
const FEW_RECORDS = 10;
/** |T| below this (mbit) reads as zero. */
const ZERO_MBIT = 0.05;
const LETTER: Record<string, string> = { academia: 'U', industry: 'I', government: 'G' };

export function SynergyPanel({ scope, id }: { scope: ScopeKind; id: string | undefined }) {
  const { t } = useT();
  const answer = useSynergy(scope, id);
  if (answer.error) return <ErrorMessage error={answer.error} onRetry={() => void answer.refetch()} />;
  if (!answer.data) return <Loading text={t('synergyLoading')} />;
  return <SynergyFigures s={answer.data} />;
}

/** The figures of one synergy answer: the panel's, and the report's, which carries its answer with it. */
export function SynergyFigures({ s }: { s: SynergyAnswer }) {
  const { t, num, helix, lang } = useT();
  const mbit = (bits: number, digits = 1) => (bits * 1000).toLocaleString(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace('-', '−');
  const name = (d: string) => `${helix(d)} (${LETTER[d] ?? d})`;
  const recordsKey: Key = s.unit === 'tie' ? 'synergyRecordsTie' : s.unit === 'actor' ? 'synergyRecordsActor' : 'synergyRecordsProject';
  const pairs = [
    { key: 'ab', pair: [s.dims[0], s.dims[1]] },
    { key: 'ac', pair: [s.dims[0], s.dims[2]] },
    { key: 'bc', pair: [s.dims[1], s.dims[2]] },
  ] as const;
  const strongest = [...pairs].sort((x, y) => s.mutual[y.key] - s.mutual[x.key])[0]!;
  const reading =
    s.n < FEW_RECORDS
      ? t('synergyFew', { n: num(s.n) })
      : Math.abs(s.tMillibits) < ZERO_MBIT
        ? t('synergyZero')
        : t(s.t < 0 ? 'synergyNegative' : 'synergyPositive', { mbit: mbit(Math.abs(s.t)) });

  return (
    <section className="synergy" data-testid="synergy" aria-labelledby="synergy-title">
      <h2 id="synergy-title">
        {t('synergyTitle')} <Explain label={t('explain', { what: t('synergyTitle') })}>{t('synergyHelp')}</Explain>
      </h2>
      <p className="synergy-t">
        <span data-testid="synergy-t" className={s.t < 0 ? 'negative' : undefined}>
          {mbit(s.t, 2)}
        </span>{' '}
        mbit
      </p>
      <p className="synergy-records" data-testid="synergy-n">
        {t(recordsKey, { n: num(s.n) })}
      </p>
      <p className="synergy-reading" data-testid="synergy-reading">
        {reading}
        {s.n >= FEW_RECORDS && <> {t('synergyStrongestPair', { pair: strongest.pair.map((d) => helix(d)).join(' – '), mbit: mbit(s.mutual[strongest.key]) })}</>}
      </p>
      {s.notCounted.length > 0 && <p className="synergy-note">{t('synergyNotCounted')}</p>}

      {s.form === 'presence' && (
        <>
          <h3 id="synergy-cells-title">
            {t('synergyCells')} <Explain label={t('explain', { what: t('synergyCells') })}>{t('synergyCellsHelp')}</Explain>
          </h3>
          <table className="synergy-cells" data-testid="synergy-cells" aria-labelledby="synergy-cells-title">
            <thead>
              <tr>
                {s.dims.map((d) => (
                  <th key={d} scope="col" title={helix(d)} style={{ borderBottomColor: HELIX_COLOURS[d as keyof typeof HELIX_COLOURS] }}>
                    {LETTER[d] ?? helix(d)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('synergyRecords')}
                </th>
                <th scope="col" className="num">
                  {t('synergyShare')}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.cells.map((c) => (
                <tr key={c.values.join('')} className={c.n === 0 ? 'zero' : undefined}>
                  {c.values.map((v, i) => (
                    <td key={s.dims[i]} className="mark" aria-label={`${helix(s.dims[i]!)}: ${t(v === '1' ? 'synergyPresent' : 'synergyAbsent')}`}>
                      {v === '1' ? '✓' : '–'}
                    </td>
                  ))}
                  <td className="num">{num(c.n)}</td>
                  <td className="num">{s.n > 0 ? `${Math.round((c.n / s.n) * 100)}%` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>
        {t('synergyPairs')} <Explain label={t('explain', { what: t('synergyPairs') })}>{t('synergyPairsHelp')}</Explain>
      </h3>
      <dl className="synergy-pairs" data-testid="synergy-pairs">
        {pairs.map((p) => (
          <div key={p.key}>
            <dt>{p.pair.map(name).join(' – ')}</dt>
            <dd>{mbit(s.mutual[p.key])} mbit</dd>
          </div>
        ))}
      </dl>

      {s.subregions && s.subregions.regions.length > 0 && (
        <>
          <h3>
            {t('synergySubregions')} <Explain label={t('explain', { what: t('synergySubregions') })}>{t('synergySubregionsHelp')}</Explain>
          </h3>
          <table className="synergy-regions" data-testid="synergy-subregions">
            <thead>
              <tr>
                <th scope="col">{t('synergyRegion')}</th>
                <th scope="col" className="num">
                  n
                </th>
                <th scope="col" className="num">
                  {t('synergyOwnT')}
                </th>
                <th scope="col" className="num">
                  {t('synergyDeltaT')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...s.subregions.regions]
                .sort((a, b) => a.deltaT - b.deltaT)
                .map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{num(r.n)}</td>
                    <td className="num">{mbit(r.t)}</td>
                    <td className="num">{mbit(r.deltaT)}</td>
                  </tr>
                ))}
              <tr className="between">
                <th scope="row">{t('synergyBetween')}</th>
                <td />
                <td />
                <td className="num">{mbit(s.subregions.between)}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
