import { HELICES, type BrokerageCounts } from '../../../../contract/index.ts';
import type { GraphElements } from '../../api/client.ts';
import type { TripleHelixStats } from '../../api/types.ts';
import { HELIX_COLOURS } from '../../canvas/helix.ts';
import { useT, type Key } from '../../i18n/index.ts';
import { Explain } from './Explain.tsx';
import { HelixMatrix } from './HelixMatrix.tsx';
import './helix-stats.css';

type Role = Exclude<keyof BrokerageCounts, 'total'>;
/** Gould–Fernandez roles with the helix as group, in the order a reader meets them. */
export const ROLES: { role: Role; key: Key; help: Key; colour: string }[] = [
  { role: 'gatekeeperRepresentative', key: 'roleGatekeeperRepresentative', help: 'roleGatekeeperRepresentativeHelp', colour: '#3b6ea5' },
  { role: 'liaison', key: 'roleLiaison', help: 'roleLiaisonHelp', colour: '#4f9a6b' },
  { role: 'consultant', key: 'roleConsultant', help: 'roleConsultantHelp', colour: '#c27c2c' },
  { role: 'coordinator', key: 'roleCoordinator', help: 'roleCoordinatorHelp', colour: '#7a8793' },
];

/** The helix matrix, cross-helix share, E-I index, gaps and brokers of a scope. */
export function HelixStats({ stats, scene, onPick }: { stats: TripleHelixStats; scene: GraphElements; onPick: (id: string) => void }) {
  const { t, helix, count, num, decimal } = useT();
  const helices = HELICES.filter((h) => stats.matrix[h]);
  const label = new Map(scene.nodes.map((n) => [n.data.id, n.data]));
  const brokers = Object.entries(stats.brokerage.byActor)
    .filter(([, c]) => (c.total ?? 0) > 0)
    .sort(([, a], [, b]) => (b.total ?? 0) - (a.total ?? 0))
    .slice(0, 12);
  const totalActors = helices.reduce((sum, h) => sum + (stats.actors[h] ?? 0), 0);
  const percent = (x: number) => `${Math.round(x * 100)}%`;
  const numberIn = num;
  const reasonText = (th: TripleHelixStats['thin'][number]) =>
    th.reasons
      .map((r) =>
        r === 'few_actors'
          ? t('thinFewActors', { n: th.actors, total: totalActors, share: percent(th.share) })
          : r === 'no_cross_helix_tie'
            ? t('thinNoCrossTie')
            : t('thinMostlyIsolated', { isolated: th.isolated, n: th.actors }),
      )
      .join('; ');

  return (
    <section className="helix-stats" data-testid="helix-stats" aria-labelledby="helix-matrix-title">
      <h2 id="helix-matrix-title">
        {t('helixMatrix')} <Explain label={t('explain', { what: t('helixMatrix') })}>{t('helixMatrixHelp')}</Explain>
      </h2>
      <HelixMatrix matrix={stats.matrix} />
      <dl className="helix-figures">
        <div>
          <dt>
            {t('crossShare')}{' '}
            <Explain label={t('explain', { what: t('crossShare') })}>
              {t('crossShareHelp', { cross: numberIn(stats.totals.crossTies), total: numberIn(stats.totals.ties) })}
            </Explain>
          </dt>
          <dd data-testid="cross-share">{stats.crossShare === null ? '–' : percent(stats.crossShare)}</dd>
        </div>
        <div>
          <dt>
            {t('eiIndex')} <Explain label={t('explain', { what: t('eiIndex') })}>{t('eiLong')}</Explain>
          </dt>
          <dd data-testid="ei">{decimal(stats.ei.overall)}</dd>
        </div>
      </dl>

      <h2>{t('gaps')}</h2>
      <ul className="helix-gaps" data-testid="helix-gaps">
        {stats.missing.map((h) => (
          <li key={h} className="warn">
            <span className="swatch" style={{ background: HELIX_COLOURS[h] }} /> {t('missingOne', { helix: helix(h) })}
          </li>
        ))}
        {stats.thin.map((th) => (
          <li key={th.helix} className="warn">
            <span className="swatch" style={{ background: HELIX_COLOURS[th.helix] }} /> {t('thinOne', { helix: helix(th.helix), reasons: reasonText(th) })}
          </li>
        ))}
        {stats.missing.length === 0 && stats.thin.length === 0 && <li>{t('noGaps')}</li>}
      </ul>

      <h2>
        {t('brokers')} <Explain label={t('explain', { what: t('brokers') })}>{t('brokersCount')}</Explain>
      </h2>
      <ul className="role-legend" aria-label={t('brokersHelp')}>
        {ROLES.map((r) => (
          <li key={r.role}>
            <span className="swatch" style={{ background: r.colour }} /> <strong>{t(r.key)}</strong>: {t(r.help)}
          </li>
        ))}
      </ul>
      {brokers.length === 0 && <p className="hint">{t('noBrokers')}</p>}
      <ol className="helix-brokers" data-testid="brokers">
        {brokers.map(([id, c]) => {
          const d = label.get(id);
          const roles = ROLES.filter((r) => c[r.role] > 0);
          return (
            <li key={id}>
              <div className="broker-head">
                <button type="button" className="link" onClick={() => onPick(id)}>
                  <span className="swatch" style={{ background: HELIX_COLOURS[String(d?.helix)] }} /> {d?.label ?? id}
                </button>
                <span className="broker-total">{count('brokerPairs', c.total)}</span>
              </div>
              <div className="role-bar" aria-hidden="true">
                {roles.map((r) => (
                  <span key={r.role} style={{ flexGrow: c[r.role], background: r.colour }} />
                ))}
              </div>
              <p className="broker-roles" data-testid="broker-roles">
                {roles.map((r) => `${t(r.key)} ${numberIn(c[r.role])}`).join(' · ')}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
