import { z } from 'zod';
import { useAlignment, useSectorProfile } from '../../api/analysis.ts';
import { HELIX_COLOURS } from '../../canvas/helix.ts';
import { navigate, oneOf, text, useViewParams } from '../../router.ts';
import { useT } from '../../i18n/index.ts';
import { levelIn } from '../../i18n/level-words.ts';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';
import { SearchBox } from '../../shell/SearchBox.tsx';
import { BarChart, HeatMap } from './charts.tsx';
import { Specialisation } from '../specialisation/Specialisation.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import './sector.css';

const SectorParams = z.object({ id: text(), rows: oneOf(['policies', 'regions'], 'policies') });

/** A sector's key figures, actors by helix, technologies, policy priorities and the alignment heat map. */
export function SectorProfileView() {
  const { t, helix, lang } = useT();
  const [params, setParams] = useViewParams(SectorParams);
  const { id, rows } = params;
  const profile = useSectorProfile(id);
  const alignment = useAlignment(rows);
  const p = profile.data;
  const openSector = (sector: string) => setParams({ id: sector }, { push: true });
  // The specialisation is read for the region the sector's key figures are about.
  const figureRegion = p?.figures.map((f) => f.region).find((r): r is string => typeof r === 'string');

  return (
    <div className="view sector-view">
      <div className="view-controls">
        <SearchBox testId="sector-search" types={['Sector']} label={t('sector')} initial={p?.sector.label ?? ''} onPick={(r) => setParams({ id: r.id })} />
        <label>
          <select value={rows} onChange={(e) => setParams({ rows: e.target.value })} aria-label={t('alignment')}>
            <option value="policies">{t('alignment')}</option>
            <option value="regions">{t('alignmentRegions')}</option>
          </select>
        </label>
      </div>
      <div className="sector-body">
        {!id && <Empty>{t('pickSector')}</Empty>}
        {id && profile.error && <ErrorMessage error={profile.error} onRetry={() => void profile.refetch()} />}
        {id && profile.isLoading && <Loading />}
        {p && (
          <article className="profile" data-testid="profile">
            <h2>{p.sector.label}</h2>
            {lang === 'en' && typeof p.sector.props.nameEn === 'string' && p.sector.props.nameEn !== p.sector.label && <p className="name-en">{p.sector.props.nameEn}</p>}
            <button type="button" onClick={() => navigate('/triple-helix', { scope: 'sector', id: p.sector.id, idLabel: p.sector.label })}>
              {t('viewTripleHelix')} →
            </button>{' '}
            <button type="button" data-testid="open-report" onClick={() => navigate('/report', { scope: 'sector', id: p.sector.id, idLabel: p.sector.label })}>
              {t('reportOpen')}
            </button>
            <h3>{t('keyFigures')}</h3>
            <KeyFigures profile={p} onSector={openSector} />
            <BarChart
              title={t('actorsByHelix')}
              bars={Object.entries(p.actorsByHelix)
                .filter(([, list]) => list.length)
                .map(([h, list]) => ({ label: helix(h), value: list.length, colour: HELIX_COLOURS[h] }))}
            />
            {figureRegion && <Specialisation region={`Region:${figureRegion}`} measure="actors" highlight={p.sector.id} testId="sector-lq" />}
            {p.subsectors.length > 0 && (
              <>
                <h3>{t('subsectors')}</h3>
                <ul className="subsector-links" data-testid="subsectors">
                  {p.subsectors.map((x) => (
                    <li key={x.id}>
                      <a href={`/sectors?id=${encodeURIComponent(x.id)}&lang=${lang}`} onClick={(e) => (e.preventDefault(), openSector(x.id))}>
                        {x.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {p.technologies.length > 0 && (
              <>
                <h3>{t('technologies')}</h3>
                <p>{p.technologies.map((x) => `${x.label}${x.ket ? ' (KET)' : ''}`).join(' · ')}</p>
              </>
            )}
            <h3>{t('priorities')}</h3>
            <table className="policies">
              <tbody>
                {p.policies.map((x) => (
                  <tr key={x.id}>
                    <td>{x.level ? levelIn(lang, x.level) : ''}</td>
                    <td>
                      {x.label}
                      {x.inferred ? ` (${t('inferred')})` : ''}
                    </td>
                    <td>{x.issuer ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        )}
        <section className="alignment">
          {alignment.error && <ErrorMessage error={alignment.error} onRetry={() => void alignment.refetch()} />}
          {alignment.isLoading && <Loading />}
          {alignment.data && (
            <HeatMap
              title={rows === 'regions' ? t('alignmentRegions') : t('alignment')}
              rows={alignment.data.rows.map((r) => ({ id: r.id, label: r.level ? `${r.label} (${levelIn(lang, r.level)})` : r.label }))}
              columns={alignment.data.columns.map((c) => {
                const shown = lang === 'en' ? (c.labelEn ?? c.label) : c.label;
                return { id: c.id, label: shown, title: shown === c.label ? c.label : `${shown} (${c.label})` };
              })}
              cells={alignment.data.cells}
              inferredLabel={t('inferred')}
            />
          )}
        </section>
      </div>
    </div>
  );
}
