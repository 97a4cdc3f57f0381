import { HELICES } from '../../../../contract/index.ts';
import type { GraphElements } from '../../api/client.ts';
import type { TripleHelixStats } from '../../api/types.ts';
import { HELIX_COLOURS } from '../../canvas/helix.ts';
import { useT } from '../../i18n/index.ts';

const fmt = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '–' : v.toFixed(digits));

/** The helix matrix, cross-helix share, E-I index, gaps and brokers of a scope. */
export function HelixStats({ stats, scene, onPick }: { stats: TripleHelixStats; scene: GraphElements; onPick: (id: string) => void }) {
  const { t, helix } = useT();
  const helices = HELICES.filter((h) => stats.matrix[h]);
  const label = new Map(scene.nodes.map((n) => [n.data.id, n.data]));
  const brokers = Object.entries(stats.brokerage.byActor)
    .filter(([, c]) => (c.total ?? 0) > 0)
    .sort(([, a], [, b]) => (b.total ?? 0) - (a.total ?? 0))
    .slice(0, 12);
  return (
    <section className="helix-stats" data-testid="helix-stats" aria-label={t('helixMatrix')}>
      <h2>{t('helixMatrix')}</h2>
      <table className="matrix">
        <thead>
          <tr>
            <th />
            {helices.map((h) => (
              <th key={h} title={helix(h)} style={{ borderBottom: `3px solid ${HELIX_COLOURS[h]}` }}>
                {helix(h).slice(0, 4)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {helices.map((r) => (
            <tr key={r}>
              <th style={{ borderRight: `3px solid ${HELIX_COLOURS[r]}` }}>{helix(r)}</th>
              {helices.map((c) => (
                <td key={c} className={r === c ? 'diag' : ''}>
                  {stats.matrix[r]?.[c] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="figures">
        <div>
          <dt>{t('crossShare')}</dt>
          <dd data-testid="cross-share">{stats.crossShare === null ? '–' : `${Math.round(stats.crossShare * 100)}%`}</dd>
        </div>
        <div>
          <dt title={t('eiHelp')}>{t('eiIndex')}</dt>
          <dd data-testid="ei">{fmt(stats.ei.overall)}</dd>
        </div>
      </dl>
      {stats.missing.length > 0 && <p className="warn">{t('missingHelix', { helix: stats.missing.map(helix).join(', ') })}</p>}
      {stats.thin.length > 0 && <p className="warn">{t('thinHelix', { helix: stats.thin.map((x) => helix(x.helix)).join(', ') })}</p>}
      <h2>{t('brokers')}</h2>
      <p className="hint">{t('brokersHelp')}</p>
      <ol className="brokers" data-testid="brokers">
        {brokers.map(([id, c]) => {
          const d = label.get(id);
          return (
            <li key={id}>
              <button type="button" className="link" onClick={() => onPick(id)}>
                <span className="swatch" style={{ background: HELIX_COLOURS[String(d?.helix)] }} /> {d?.label ?? id}
              </button>{' '}
              <span className="count" title={Object.entries(c).filter(([k, v]) => k !== 'total' && v).map(([k, v]) => `${k}: ${v}`).join(', ')}>
                {c.total}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
