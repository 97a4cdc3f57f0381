import type { SectorProfile } from '../../api/types.ts';
import { useT } from '../../i18n/index.ts';
import { barScale, formatValue, groupFigures, metricName } from './figures.ts';

/** The key figures of a sector and its sub-sectors, one table per source sub-sector and table, with bars in proportion. */
export function KeyFigures({ profile, onSector }: { profile: SectorProfile; onSector: (id: string) => void }) {
  const { t, lang } = useT();
  const groups = groupFigures(profile.figures);
  const scale = barScale(profile.figures);
  const signed = new Set(profile.figures.filter((f) => typeof f.value === 'number' && f.value < 0).map((f) => String(f.unit ?? '')));
  if (groups.length === 0) return <p className="hint">{t('noFigures')}</p>;
  return (
    <div className="key-figures" data-testid="key-figures">
      {groups.map((g) => {
        const own = g.sector.id === profile.sector.id;
        return (
          <section key={`${g.sector.id}-${g.table}-${g.region}`} className="figure-group" data-testid="figure-group">
            <h4>
              {own ? (
                t('figuresOwn', { sector: g.sector.label })
              ) : (
                <>
                  {t('figuresOfSub', { sector: '' }).trim()}{' '}
                  <a href={`/sectors?id=${encodeURIComponent(g.sector.id)}&lang=${lang}`} onClick={(e) => (e.preventDefault(), onSector(g.sector.id))}>
                    {g.sector.label}
                  </a>
                </>
              )}
              {g.region ? ` ${t('figuresIn', { region: g.region })}` : ''}
            </h4>
            {g.table && <p className="figure-source">{t('figuresSource', { table: g.table })}</p>}
            <table>
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t('metric')}</th>
                  <th scope="col">{t('value')}</th>
                </tr>
              </thead>
              <tbody>
                {g.figures.map((f) => {
                  const name = metricName(f, lang);
                  const year = typeof f.year === 'number' && !/\d{4}/.test(name) ? ` (${f.year})` : '';
                  const fraction = scale(f);
                  const axis = signed.has(String(f.unit ?? '')) ? 50 : 0;
                  const width = fraction === null ? 0 : Math.abs(fraction) * (100 - axis);
                  const left = fraction !== null && fraction < 0 ? axis - width : axis;
                  return (
                    <tr key={String(f.id ?? `${f.metric}-${f.year}`)}>
                      <th scope="row">
                        {name}
                        {year}
                      </th>
                      <td className="figure-value">{formatValue(f, lang)}</td>
                      <td className="figure-bar" aria-hidden="true">
                        {fraction !== null && (
                          <span className={`bar${fraction < 0 ? ' negative' : ''}`} style={{ left: `${left}%`, width: `${Math.max(width, 0.5)}%` }} />
                        )}
                        {axis > 0 && <span className="axis" style={{ left: `${axis}%` }} />}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
