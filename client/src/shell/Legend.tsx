import type { GraphElements } from '../api/client.ts';
import { useT } from '../i18n/index.ts';
import { legendEntries, type LegendEntry } from './legend-entries.ts';

const SHAPE_GLYPH: Record<string, string> = { ellipse: '●', 'round-rectangle': '■', diamond: '◆', hexagon: '⬢', triangle: '▲', star: '★' };

function Entry({ entry, kind }: { entry: LegendEntry; kind: 'node' | 'link' }) {
  return (
    <div data-testid="legend-entry">
      {kind === 'node' ? (
        <span className="legend-glyph" style={{ color: entry.colour }} aria-hidden="true">
          {SHAPE_GLYPH[entry.shape ?? 'ellipse'] ?? '●'}
        </span>
      ) : (
        <span className={`legend-line${entry.dashed ? ' dashed' : ''}`} style={{ borderColor: entry.colour }} aria-hidden="true" />
      )}
      {entry.label}
    </div>
  );
}

/** One legend for the whole app: helix colours (Okabe–Ito) of actors, colour and shape of the other node types, links between sectors, what size and width mean. */
export function Legend({ sizeBy, scene }: { sizeBy?: string; scene?: GraphElements }) {
  const tr = useT();
  const { t } = tr;
  const entries = legendEntries(tr, scene);
  return (
    <section className="legend" aria-label={t('legend')} data-testid="legend">
      {entries.helix.length > 0 && <h2>{t('helix')}</h2>}
      {entries.helix.map((e) => (
        <Entry key={e.label} entry={e} kind="node" />
      ))}
      {entries.types.length > 0 && <h2>{t('nodeTypes')}</h2>}
      {entries.types.map((e) => (
        <Entry key={e.label} entry={e} kind="node" />
      ))}
      {entries.links.length > 0 && <h2>{t('linkKinds')}</h2>}
      {entries.links.map((e) => (
        <Entry key={e.label} entry={e} kind="link" />
      ))}
      <p className="legend-note">
        {sizeBy && t('nodeSize', { metric: sizeBy })}
        <br />
        {t('edgeWidth')}
      </p>
    </section>
  );
}
