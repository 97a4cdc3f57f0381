import { z } from 'zod';
import { useAlignment, useSectorProfile } from '../../api/analysis.ts';
import type { SectorProfile } from '../../api/types.ts';
import { HELIX_COLOURS } from '../../canvas/helix.ts';
import { navigate, oneOf, text, useViewParams } from '../../router.ts';
import { useT } from '../../i18n/index.ts';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';
import { SearchBox } from '../../shell/SearchBox.tsx';
import { BarChart, HeatMap, type Bar } from './charts.tsx';

/** Key figures per metric: one small chart each, a bar per year (as printed in the source table). */
function figureCharts(figures: SectorProfile['figures']): { metric: string; unit: string; bars: Bar[] }[] {
  const byMetric = new Map<string, { unit: string; bars: Bar[] }>();
  for (const f of figures) {
    const metric = String(f.metric ?? 'value');
    const entry = byMetric.get(metric) ?? { unit: String(f.unit ?? ''), bars: [] };
    entry.bars.push({ label: String(f.year ?? ''), value: typeof f.value === 'number' ? f.value : 0, note: f.value === null || f.value === undefined ? String(f.printed ?? '/') : undefined });
    byMetric.set(metric, entry);
  }
  return [...byMetric].map(([metric, e]) => ({ metric, unit: e.unit, bars: e.bars.sort((a, b) => a.label.localeCompare(b.label)) }));
}

const SectorParams = z.object({ id: text(), rows: oneOf(['policies', 'regions'], 'policies') });

/** A sector's key figures, actors by helix, technologies, policy priorities and the alignment heat map. */
export function SectorProfileView() {
  const { t, helix } = useT();
  const [params, setParams] = useViewParams(SectorParams);
  const { id, rows } = params;
  const profile = useSectorProfile(id);
  const alignment = useAlignment(rows);
  const p = profile.data;

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
            {typeof p.sector.props.nameEn === 'string' && <p className="name-en">{p.sector.props.nameEn}</p>}
            <button type="button" onClick={() => navigate('/triple-helix', { scope: 'sector', id: p.sector.id, idLabel: p.sector.label })}>
              {t('viewTripleHelix')} →
            </button>
            <h3>{t('keyFigures')}</h3>
            <div className="charts">
              {figureCharts(p.figures).map((c) => (
                <BarChart key={c.metric} title={c.metric} unit={c.unit} bars={c.bars} />
              ))}
            </div>
            <BarChart
              title={t('actorsByHelix')}
              bars={Object.entries(p.actorsByHelix)
                .filter(([, list]) => list.length)
                .map(([h, list]) => ({ label: helix(h), value: list.length, colour: HELIX_COLOURS[h] }))}
            />
            {p.subsectors.length > 0 && (
              <>
                <h3>{t('subsectors')}</h3>
                <p>{p.subsectors.map((s) => s.label).join(' · ')}</p>
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
                    <td>{x.level ?? ''}</td>
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
              rows={alignment.data.rows.map((r) => ({ id: r.id, label: r.level ? `${r.label} (${r.level})` : r.label }))}
              columns={alignment.data.columns}
              cells={alignment.data.cells}
              inferredLabel={t('inferred')}
            />
          )}
        </section>
      </div>
    </div>
  );
}
