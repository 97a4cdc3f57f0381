import { useMemo } from 'react';
import { GEOMETRY_ATTRIBUTION, type ReportMap as ReportMapData } from '../../../../contract/index.ts';
import { useGeometry } from '../../api/regions.ts';
import { useT, type Key } from '../../i18n/index.ts';
import { Loading } from '../../shell/Message.tsx';
import { classRanges, colourOf, lqClasses, NO_VALUE, quantileClasses } from '../map/classes.ts';
import { classLabel } from '../map/format.ts';
import { europeanBox, ringsBox, type Box } from '../map/projection.ts';
import { shapesOf } from '../map/RegionsLayer.tsx';

/** Room around the country, as a share of its size. */
const MARGIN = 0.06;

const overlaps = (a: Box, b: Box) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/**
 * The report's map as a still SVG drawn around one country: the regions of the map's level with
 * the map's classes (those of the Map view), country borders, the report's region outlined, and the
 * legend beneath. Only the shapes near the country are drawn, so the saved file stays small.
 */
export function ReportMap({ map, caption }: { map: ReportMapData; caption: string }) {
  const { t, lang } = useT();
  const geometry = useGeometry(map.level);
  const countries = useGeometry(0);
  const drawn = useMemo(() => {
    if (!geometry.data || !countries.data) return null;
    const country = countries.data.regions.find((r) => r.id === map.focus);
    const box = country ? europeanBox(country.rings) : ringsBox(geometry.data.regions.flatMap((r) => r.rings));
    const view = { x: box.x - box.width * MARGIN, y: box.y - box.height * MARGIN, width: box.width * (1 + 2 * MARGIN), height: box.height * (1 + 2 * MARGIN) };
    const near = (rings: number[][]) => overlaps(ringsBox(rings), view);
    return {
      view,
      regions: shapesOf({ ...geometry.data, regions: geometry.data.regions.filter((r) => near(r.rings)) }),
      borders: shapesOf({ ...countries.data, regions: countries.data.regions.filter((r) => near(r.rings)) }),
    };
  }, [geometry.data, countries.data, map.focus]);
  const values = new Map(map.regions.map((r) => [r.id, r.value]));
  const finite = map.regions.flatMap((r) => (r.value === null ? [] : [r.value]));
  const classes = map.measure === 'lq' ? lqClasses(finite) : quantileClasses(finite);
  if (!drawn) return <Loading />;
  const { view } = drawn;
  const title = map.category ? t('mapLqTitle', { category: map.category.label }) : t(`measure_${map.measure}` as Key);
  const highlight = map.highlight ? drawn.regions.find((s) => s.id === map.highlight) : undefined;
  return (
    <figure className="report-map" data-testid="report-map">
      <svg viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`} role="img" aria-label={`${caption}: ${title}`}>
        <rect x={view.x} y={view.y} width={view.width} height={view.height} fill="#f4f7fa" />
        <g fillRule="evenodd" stroke="#ffffff" strokeWidth={0.6}>
          {drawn.regions.map((s) => (
            <path key={s.id} d={s.d} data-id={s.id} fill={values.has(s.id) ? colourOf(classes, values.get(s.id)) : NO_VALUE} vectorEffect="non-scaling-stroke" />
          ))}
        </g>
        <g fill="none" stroke="#7b8594" strokeWidth={1}>
          {drawn.borders.map((s) => (
            <path key={s.id} d={s.d} vectorEffect="non-scaling-stroke" />
          ))}
        </g>
        {highlight && <path d={highlight.d} fill="none" stroke="#1d232b" strokeWidth={3} vectorEffect="non-scaling-stroke" data-highlight={highlight.id} />}
      </svg>
      <figcaption>
        <strong>{title}</strong>
        {map.measure === 'lq' && <span className="report-note"> · {t('mapLqClasses')}</span>}
        <ul className="report-legend" data-testid="report-map-legend">
          {classRanges(classes).map((r, i, all) => (
            <li key={r.colour}>
              <span className="report-swatch" style={{ background: r.colour }} aria-hidden="true" />
              {classLabel(lang, map.measure, r.from, r.to, i === all.length - 1)}
            </li>
          ))}
          <li>
            <span className="report-swatch" style={{ background: NO_VALUE }} aria-hidden="true" />
            {t('mapNoActors')}
          </li>
        </ul>
        <span className="report-source">{GEOMETRY_ATTRIBUTION}</span>
      </figcaption>
    </figure>
  );
}
