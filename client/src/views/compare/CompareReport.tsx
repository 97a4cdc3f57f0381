import { useState } from 'react';
import type { ActorChange, CompareAnswer, SectorChange, TieChange } from '../../api/types.ts';
import { HELIX_COLOURS } from '../../canvas/helix.ts';
import { useT, type Key, type Translator } from '../../i18n/index.ts';
import { Card, Choice } from '../../ui/index.ts';
import { HelixMatrix } from '../triple-helix/HelixMatrix.tsx';

/** Entries of a list shown before "and n more". */
const SHOWN = 8;

const percent = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
/** A change with its sign, in the interface language: "+3", "−0.12", "+1,234". */
const signedIn = (decimal: Translator['decimal'], x: number | null, digits = 2) => (x === null ? '–' : `${x > 0 ? '+' : x < 0 ? '−' : ''}${decimal(Math.abs(x), digits)}`);

const FIGURES = [
  { key: 'degree', label: 'compareDegree' },
  { key: 'betweenness', label: 'compareBetweenness' },
  { key: 'brokerage', label: 'compareBrokerage' },
] as const satisfies readonly { key: keyof CompareAnswer['actors']; label: Key }[];

function More({ shown, total }: { shown: number; total: number }) {
  const { t, num } = useT();
  return total > shown ? <li className="more">{t('compareMore', { n: num(total - shown) })}</li> : null;
}

function TieList({ title, list, testId }: { title: string; list: { count: number; ties: TieChange[] }; testId: string }) {
  const { t, num } = useT();
  return (
    <Card title={title} className="compare-list" testId={testId}>
      <p className="compare-count" data-testid={`${testId}-count`}>
        {num(list.count)}
      </p>
      {list.count === 0 && <p className="hint">{t('compareNone')}</p>}
      <ul>
        {list.ties.slice(0, SHOWN).map((tie) => (
          <li key={`${tie.source}|${tie.target}`}>
            {tie.sourceLabel} – {tie.targetLabel}{' '}
            <span className="weights">
              ({num(tie.a)} → {num(tie.b)})
            </span>
          </li>
        ))}
        <More shown={Math.min(SHOWN, list.ties.length)} total={list.count} />
      </ul>
    </Card>
  );
}

function Movers({ title, moves, onPick, digits, testId }: { title: string; moves: ActorChange[]; onPick: (id: string) => void; digits: number; testId: string }) {
  const { t, decimal } = useT();
  const n = (x: number) => decimal(x, digits);
  const signed = (x: number | null, d: number) => signedIn(decimal, x, d);
  return (
    <div className="compare-movers" data-testid={testId}>
      <h4>{title}</h4>
      {moves.length === 0 && <p className="hint">{t('compareNone')}</p>}
      <ol>
        {moves.slice(0, SHOWN).map((m) => (
          <li key={m.id}>
            <button type="button" className="link" onClick={() => onPick(m.id)}>
              <span className="swatch" style={{ background: HELIX_COLOURS[m.helix ?? ''] ?? '#9a9a9a' }} /> {m.label}
            </button>{' '}
            <span className="weights">
              {signed(m.change, digits)} ({n(m.a)} → {n(m.b)})
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function SectorList({ title, list, testId }: { title: string; list: SectorChange[]; testId: string }) {
  const { t, num } = useT();
  return (
    <div className="compare-movers" data-testid={testId}>
      <h4>{title}</h4>
      {list.length === 0 && <p className="hint">{t('compareNone')}</p>}
      <ul>
        {list.slice(0, SHOWN).map((s) => (
          <li key={`${s.a}|${s.b}`}>
            {s.aLabel} – {s.bLabel}{' '}
            <span className="weights">
              ({num(s.weightA)} → {num(s.weightB)})
            </span>
          </li>
        ))}
        <More shown={Math.min(SHOWN, list.length)} total={list.length} />
      </ul>
    </div>
  );
}

/** The numbers and lists of a comparison of two periods. */
export function CompareReport({ answer, onPick }: { answer: CompareAnswer; onPick: (id: string) => void }) {
  const { t, num, decimal } = useT();
  const signed = (x: number | null, d = 2) => signedIn(decimal, x, d);
  const [figure, setFigure] = useState<(typeof FIGURES)[number]['key']>('degree');
  const { a, b, difference, ties, actors, sectors } = answer;
  const rows = [
    { key: 'actors', label: t('compareActorsCount'), a: num(a.summary.actors), b: num(b.summary.actors), change: signed(b.summary.actors - a.summary.actors, 0) },
    { key: 'ties', label: t('compareTiesCount'), a: num(a.stats.totals.ties), b: num(b.stats.totals.ties), change: signed(b.stats.totals.ties - a.stats.totals.ties, 0) },
    { key: 'cross-share', label: t('crossShare'), a: percent(a.stats.crossShare), b: percent(b.stats.crossShare), change: difference.crossShare === null ? '–' : `${signed(Math.round(difference.crossShare * 100), 0)} pp` },
    { key: 'ei', label: t('eiIndex'), a: decimal(a.stats.ei.overall), b: decimal(b.stats.ei.overall), change: signed(difference.ei) },
  ];
  const moves = actors[figure];
  return (
    <>
      <section aria-labelledby="compare-figures">
        <h3 id="compare-figures">{t('compareFigures')}</h3>
        <table className="ui-table compare-figures" data-testid="compare-figures">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col" className="num">
                A
              </th>
              <th scope="col" className="num">
                B
              </th>
              <th scope="col" className="num">
                {t('compareChange')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num" data-testid={`fig-${r.key}-a`}>
                  {r.a}
                </td>
                <td className="num" data-testid={`fig-${r.key}-b`}>
                  {r.b}
                </td>
                <td className="num" data-testid={`fig-${r.key}-change`}>
                  {r.change}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="compare-matrices">
        <HelixMatrix matrix={a.stats.matrix} testId="matrix-a" caption={t('compareMatrix', { side: 'A' })} />
        <HelixMatrix matrix={b.stats.matrix} testId="matrix-b" caption={t('compareMatrix', { side: 'B' })} />
        <HelixMatrix matrix={difference.matrix} signed testId="matrix-diff" caption={t('compareDifference')} />
      </section>
      <section aria-labelledby="compare-ties">
        <h3 id="compare-ties">
          {t('compareTies')} <span className="count">({t('compareKept')}: <span data-testid="ties-kept">{num(ties.kept)}</span>)</span>
        </h3>
        <div className="compare-cards">
          <TieList title={t('compareGained')} list={ties.gained} testId="ties-gained" />
          <TieList title={t('compareLost')} list={ties.lost} testId="ties-lost" />
          <TieList title={t('compareStrengthened')} list={ties.strengthened} testId="ties-strengthened" />
          <TieList title={t('compareWeakened')} list={ties.weakened} testId="ties-weakened" />
        </div>
      </section>
      <section aria-labelledby="compare-movers">
        <h3 id="compare-movers">{t('compareMovers')}</h3>
        <Choice label={t('metrics')} name="compare-figure" value={figure} options={FIGURES.map((f) => ({ value: f.key, label: t(f.label) }))} onChange={setFigure} />
        <div className="compare-columns">
          <Movers title={t('compareRising')} moves={moves.rising} onPick={onPick} digits={figure === 'betweenness' ? 3 : 0} testId="actors-rising" />
          <Movers title={t('compareFalling')} moves={moves.falling} onPick={onPick} digits={figure === 'betweenness' ? 3 : 0} testId="actors-falling" />
        </div>
      </section>
      <section aria-labelledby="compare-sectors">
        <h3 id="compare-sectors">{t('compareSectors')}</h3>
        <div className="compare-columns">
          <SectorList title={t('compareGrew')} list={sectors.grew} testId="sectors-grew" />
          <SectorList title={t('compareShrank')} list={sectors.shrank} testId="sectors-shrank" />
        </div>
      </section>
    </>
  );
}
