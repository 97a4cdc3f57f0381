import type { RegionFigures } from '../../../../contract/index.ts';
import { HELIX_COLOURS } from '../../canvas/helix.ts';
import { useT } from '../../i18n/index.ts';
import { navigate } from '../../router.ts';
import { Panel } from '../../ui/index.ts';
import { Specialisation } from '../specialisation/Specialisation.tsx';
import { formatMeasure } from './format.ts';

// The selected region: its figures, its actors per helix, its network on the map, and the views
// that open on it (its triple helix, its actors in the Explorer).

export interface RegionPanelProps {
  /** How the map is used (and the period it shows). */
  hint: string;
  id: string | undefined;
  name: string | undefined;
  figures: RegionFigures | undefined;
  /** The map's location quotients (measure lq): the panel's bars of the same measure, their category marked. */
  lq?: { measure: 'participations' | 'actors'; category: string } | undefined;
  network: boolean;
  onNetwork: (on: boolean) => void;
  drawn: { actors: number; links: number; loading: boolean };
  /** The regions it works with most (its heaviest flows). */
  partners: { id: string; name: string; weight: number }[];
  partnersTitle: string;
}

export function RegionPanel({ hint, id, name, figures, lq, network, onNetwork, drawn, partners, partnersTitle }: RegionPanelProps) {
  const { t, num, lang, helix } = useT();
  const f = figures;
  const max = Math.max(1, ...Object.values(f?.byHelix ?? {}));
  return (
    <Panel title={t('mapRegion')} label={t('mapRegion')} side="right" className="map-panel" testId="map-region">
      <p className="map-muted map-hint">{hint}</p>
      {!id && <p className="map-muted">{t('mapPickRegion')}</p>}
      {id && (
        <>
          <h3 className="map-region-name">
            {name} <span className="map-nuts">{id}</span>
          </h3>
          {!f && <p className="map-muted">{t('mapNoActors')}</p>}
          <Specialisation region={id} measure={lq?.measure ?? 'participations'} highlight={lq?.category} testId="map-region-lq" />
          {f && (
            <>
              <dl className="map-figures">
                <dt>{t('measure_actors')}</dt>
                <dd>{num(f.actors)}</dd>
                <dt>{t('measure_participations')}</dt>
                <dd>{num(f.participations)}</dd>
                <dt>{t('measure_contribution')}</dt>
                <dd>{formatMeasure(lang, 'contribution', f.contribution)}</dd>
                <dt>{t('measure_helices')}</dt>
                <dd>{num(f.helices)}</dd>
                <dt>{t('mapTies')}</dt>
                <dd>{num(f.ties)}</dd>
                <dt>{t('mapCrossTies')}</dt>
                <dd>{formatMeasure(lang, 'cross_helix', f.crossShare)}</dd>
              </dl>
              <ul className="map-helix-bars" aria-label={t('actorsByHelix')}>
                {Object.entries(f.byHelix).map(([h, n]) => (
                  <li key={h}>
                    <span className="map-helix-name">{helix(h)}</span>
                    <span className="map-helix-bar" style={{ width: `${(60 * n) / max}%`, background: HELIX_COLOURS[h] }} />
                    <span className="map-helix-count">{num(n)}</span>
                  </li>
                ))}
              </ul>
              {partners.length > 0 && (
                <>
                  <h4 className="map-subhead">{partnersTitle}</h4>
                  <ol className="map-partners" data-testid="map-partners">
                    {partners.map((p) => (
                      <li key={p.id}>
                        <span>
                          {p.name} <span className="map-nuts">{p.id}</span>
                        </span>
                        <span className="map-helix-count">{num(p.weight)}</span>
                      </li>
                    ))}
                  </ol>
                </>
              )}
              {f.node ? (
                <>
                  <label className="map-network-toggle">
                    <input type="checkbox" checked={network} onChange={(e) => onNetwork(e.target.checked)} />
                    {t('mapNetwork')}
                  </label>
                  {network && !drawn.loading && (
                    <p className="map-muted" data-testid="map-network-note">
                      {drawn.actors ? t('mapNetworkOf', { n: num(drawn.actors), m: num(drawn.links), region: name ?? id }) : t('mapNetworkNone', { region: name ?? id })}
                    </p>
                  )}
                  <div className="map-open">
                    <button type="button" onClick={() => navigate('/triple-helix', { scope: 'region', id: f.node, idLabel: name })}>
                      {t('viewTripleHelix')} →
                    </button>
                    <button type="button" onClick={() => navigate('/', { ids: f.node, sel: f.node })}>
                      {t('mapOpenActors')} →
                    </button>
                    <button type="button" data-testid="open-report" onClick={() => navigate('/report', { scope: 'region', id: f.node, idLabel: name })}>
                      {t('reportOpen')}
                    </button>
                  </div>
                </>
              ) : (
                <p className="map-muted">{t('mapNotInGraph', { id })}</p>
              )}
            </>
          )}
        </>
      )}
    </Panel>
  );
}
