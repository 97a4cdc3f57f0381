import type cytoscape from 'cytoscape';
import type { GraphElements } from '../api/client.ts';
import { toCSV } from '../export/csv.ts';
import { finishLinks } from '../canvas/links-later.ts';
import { download } from '../export/download.ts';
import { toGEXF } from '../export/gexf.ts';
import { toGraphML } from '../export/graphml.ts';
import { reportPng } from '../export/report-png.ts';
import { fullLabelSvg } from '../export/svg.ts';
import { useT } from '../i18n/index.ts';
import { nodeColour } from '../ui/tokens.ts';
import { legendEntries } from './legend-entries.ts';

export interface ExportMenuProps {
  cy: cytoscape.Core | null;
  /** The visible nodes and links. */
  scene: GraphElements;
  name: string;
  /** The exported picture's title. */
  title: string;
}

/** PNG (for a report: title, legend, attribution) and SVG of the canvas; the visible scene as JSON, GraphML, GEXF (Gephi) and CSV. */
export function ExportMenu({ cy, scene, name, title }: ExportMenuProps) {
  const tr = useT();
  const { t } = tr;
  const base = `helix-${name}`;
  const positions = () => new Map(cy ? cy.nodes().map((n) => [n.id(), n.position()] as const) : []);
  const colours = () => new Map(scene.nodes.map((n) => [n.data.id, nodeColour(n.data.type, n.data.helix)]));
  const png = async (core: cytoscape.Core) => {
    // a large scene's links still coming after its first frame belong in the picture
    finishLinks(core);
    const picture = await reportPng(core, {
      title,
      headings: { helix: t('helix'), types: t('nodeTypes'), links: t('linkKinds') },
      legend: legendEntries(tr, scene),
      attribution: [t('exportAttribution', { date: new Date().toISOString().slice(0, 10), link: location.href }), t('exportSources')],
    });
    download(`${base}.png`, picture);
  };
  const formats: [string, () => void][] = [
    ['PNG', () => cy && void png(cy)],
    [
      'SVG',
      () => {
        if (!cy) return;
        finishLinks(cy);
        download(`${base}.svg`, fullLabelSvg(cy), 'image/svg+xml');
      },
    ],
    ['JSON', () => download(`${base}.json`, JSON.stringify(scene, null, 2), 'application/json')],
    ['GraphML', () => download(`${base}.graphml`, toGraphML(scene), 'application/graphml+xml')],
    ['GEXF', () => download(`${base}.gexf`, toGEXF(scene, { positions: positions(), colours: colours() }), 'application/gexf+xml')],
    [
      'CSV',
      () => {
        const { nodes, edges } = toCSV(scene);
        download(`${base}-nodes.csv`, nodes, 'text/csv');
        download(`${base}-edges.csv`, edges, 'text/csv');
      },
    ],
  ];
  return (
    <details className="export-menu" data-testid="export">
      <summary className="ui-button">{t('export')}</summary>
      <div className="export-options">
        {formats.map(([label, run]) => (
          <button key={label} type="button" onClick={run} disabled={!cy && (label === 'PNG' || label === 'SVG')}>
            {label}
          </button>
        ))}
      </div>
    </details>
  );
}
