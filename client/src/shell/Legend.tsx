import { HELIX_COLOURS, OTHER_COLOUR, TYPE_SHAPES } from '../canvas/helix.ts';
import { useT } from '../i18n/index.ts';

const SHAPE_GLYPH: Record<string, string> = { ellipse: '●', 'round-rectangle': '■', diamond: '◆', hexagon: '⬢', triangle: '▲', star: '★' };

/** One legend for the whole app: helix colours (Okabe–Ito), node shapes, what size and width mean. */
export function Legend({ sizeBy }: { sizeBy?: string }) {
  const { t, helix, type } = useT();
  return (
    <section className="legend" aria-label={t('legend')}>
      <h2>{t('helix')}</h2>
      {Object.keys(HELIX_COLOURS).map((key) => (
        <div key={key}>
          <span className="swatch" style={{ background: HELIX_COLOURS[key] }} /> {helix(key)}
        </div>
      ))}
      <div>
        <span className="swatch" style={{ background: OTHER_COLOUR }} /> {t('otherTypes')}
      </div>
      <h2>{t('shapes')}</h2>
      <div className="shapes">
        {Object.entries(TYPE_SHAPES).map(([ty, shape]) => (
          <span key={ty}>
            {SHAPE_GLYPH[shape] ?? '●'} {type(ty)}
          </span>
        ))}
      </div>
      <p className="legend-note">
        {sizeBy && t('nodeSize', { metric: sizeBy })}
        <br />
        {t('edgeWidth')}
      </p>
    </section>
  );
}
