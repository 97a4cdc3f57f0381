import type cytoscape from 'cytoscape';
import type { GraphElements } from '../api/client.ts';
import { HELIX_COLOURS, OTHER_COLOUR } from '../canvas/helix.ts';
import { toCSV } from '../export/csv.ts';
import { download } from '../export/download.ts';
import { toGEXF } from '../export/gexf.ts';
import { toGraphML } from '../export/graphml.ts';
import { safeSvg } from '../export/svg.ts';
import { useT } from '../i18n/index.ts';

export interface ExportMenuProps {
  cy: cytoscape.Core | null;
  /** The visible nodes and links. */
  scene: GraphElements;
  name: string;
}

/** PNG and SVG of the canvas; the visible scene as JSON, GraphML, GEXF (Gephi) and CSV. */
export function ExportMenu({ cy, scene, name }: ExportMenuProps) {
  const { t } = useT();
  const base = `helix-${name}`;
  const positions = () => new Map(cy ? cy.nodes().map((n) => [n.id(), n.position()] as const) : []);
  const colours = () => new Map(scene.nodes.map((n) => [n.data.id, HELIX_COLOURS[String(n.data.helix)] ?? OTHER_COLOUR]));
  const formats: [string, () => void][] = [
    ['PNG', () => cy && download(`${base}.png`, cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }) as unknown as Blob)],
    ['SVG', () => cy && download(`${base}.svg`, safeSvg(cy.svg({ full: true, bg: '#ffffff' })), 'image/svg+xml')],
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
      <summary>{t('export')}</summary>
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
