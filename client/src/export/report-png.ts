import type cytoscape from 'cytoscape';
import type { LegendEntries, LegendEntry } from '../shell/legend-entries.ts';
import { fittedText } from './fitted-text.ts';

// The canvas as a picture for a report: what the canvas shows at twice its size, with a title
// above it and the legend and attribution below, all drawn into one PNG.

/** Scale of the exported picture: twice the canvas. */
export const REPORT_SCALE = 2;
/** Height of the title band above the graph, in canvas pixels. */
export const REPORT_HEADER_PX = 44;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#1d232b';
const MUTED = '#4c5561';
const LINE = '#d3d9e0';
const PAD = 16;
const ROW = 22;

export interface ReportText {
  title: string;
  /** Section headings of the legend, in the order of its sections. */
  headings: { helix: string; types: string; links: string };
  legend: LegendEntries;
  /** Lines under the legend: who made the picture, when, from where. */
  attribution: string[];
}

function shapePath(c: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number): void {
  c.beginPath();
  const poly = (points: [number, number][]) => points.forEach(([px, py], i) => (i ? c.lineTo(x + px * r, y + py * r) : c.moveTo(x + px * r, y + py * r)));
  switch (shape) {
    case 'round-rectangle':
      c.roundRect(x - r, y - r, 2 * r, 2 * r, r / 3);
      break;
    case 'diamond':
      poly([[0, -1], [1, 0], [0, 1], [-1, 0]]);
      break;
    case 'triangle':
      poly([[0, -1], [1, 0.8], [-1, 0.8]]);
      break;
    case 'hexagon':
      poly([0, 1, 2, 3, 4, 5].map((i) => [Math.cos((Math.PI / 3) * i), Math.sin((Math.PI / 3) * i)] as [number, number]));
      break;
    case 'star':
      poly([...Array(10).keys()].map((i) => [Math.cos(-Math.PI / 2 + (Math.PI / 5) * i) * (i % 2 ? 0.45 : 1), Math.sin(-Math.PI / 2 + (Math.PI / 5) * i) * (i % 2 ? 0.45 : 1)] as [number, number]));
      break;
    default:
      c.arc(x, y, r, 0, 2 * Math.PI);
  }
  c.closePath();
}

interface Placed {
  kind: 'heading' | 'node' | 'link' | 'text';
  text: string;
  entry?: LegendEntry;
  x: number;
  row: number;
}

/** The legend flowed into rows of `width` pixels: a heading, then its entries, wrapping where needed. */
function flowLegend(c: CanvasRenderingContext2D, text: ReportText, width: number): Placed[] {
  const out: Placed[] = [];
  let x = PAD;
  let row = 0;
  const put = (item: Omit<Placed, 'x' | 'row'>, w: number) => {
    if (x + w > width - PAD && x > PAD) {
      row++;
      x = PAD;
    }
    out.push({ ...item, x, row });
    x += w;
  };
  const sections: [string, LegendEntry[], 'node' | 'link'][] = [
    [text.headings.helix, text.legend.helix, 'node'],
    [text.headings.types, text.legend.types, 'node'],
    [text.headings.links, text.legend.links, 'link'],
  ];
  for (const [heading, entries, kind] of sections) {
    if (!entries.length) continue;
    if (x > PAD) {
      row++;
      x = PAD;
    }
    c.font = `600 13px ${FONT}`;
    put({ kind: 'heading', text: `${heading}:` }, c.measureText(`${heading}:`).width + 12);
    c.font = `13px ${FONT}`;
    for (const e of entries) put({ kind, text: e.label, entry: e }, (kind === 'link' ? 26 : 18) + c.measureText(e.label).width + 16);
  }
  return out;
}

/** The report picture of what `cy` shows now, as a PNG blob. */
export async function reportPng(cy: cytoscape.Core, text: ReportText): Promise<Blob> {
  const width = cy.width();
  const height = cy.height();
  const graph = await createImageBitmap((await cy.png({ full: false, scale: REPORT_SCALE, bg: '#ffffff', output: 'blob-promise' })) as Blob);
  const canvas = document.createElement('canvas');
  const c = canvas.getContext('2d')!;
  const legend = flowLegend(c, text, width);
  const legendRows = legend.length ? Math.max(...legend.map((p) => p.row)) + 1 : 0;
  const footer = PAD / 2 + legendRows * ROW + 6 + text.attribution.length * 18 + PAD / 2;
  canvas.width = width * REPORT_SCALE;
  canvas.height = (REPORT_HEADER_PX + height + footer) * REPORT_SCALE;
  c.scale(REPORT_SCALE, REPORT_SCALE);
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, width, REPORT_HEADER_PX + height + footer);

  c.fillStyle = INK;
  c.font = `600 18px ${FONT}`;
  c.textBaseline = 'middle';
  c.fillText(fittedText(c, text.title, width - 2 * PAD), PAD, REPORT_HEADER_PX / 2);
  c.drawImage(graph, 0, REPORT_HEADER_PX, width, height);
  graph.close();
  c.strokeStyle = LINE;
  c.lineWidth = 1;
  for (const y of [REPORT_HEADER_PX - 0.5, REPORT_HEADER_PX + height + 0.5]) {
    c.beginPath();
    c.moveTo(0, y);
    c.lineTo(width, y);
    c.stroke();
  }

  const top = REPORT_HEADER_PX + height + PAD / 2;
  for (const p of legend) {
    const y = top + p.row * ROW + ROW / 2;
    if (p.kind === 'heading') {
      c.font = `600 13px ${FONT}`;
      c.fillStyle = INK;
      c.fillText(p.text, p.x, y);
      continue;
    }
    c.font = `13px ${FONT}`;
    if (p.kind === 'node') {
      c.fillStyle = p.entry!.colour;
      shapePath(c, p.entry!.shape ?? 'ellipse', p.x + 6, y, 6);
      c.fill();
    } else {
      c.strokeStyle = p.entry!.colour;
      c.lineWidth = 3;
      c.setLineDash(p.entry!.dashed ? [5, 3] : []);
      c.beginPath();
      c.moveTo(p.x, y);
      c.lineTo(p.x + 20, y);
      c.stroke();
      c.setLineDash([]);
    }
    c.fillStyle = INK;
    c.fillText(p.text, p.x + (p.kind === 'link' ? 26 : 18), y);
  }
  c.font = `12px ${FONT}`;
  c.fillStyle = MUTED;
  text.attribution.forEach((line, i) => c.fillText(fittedText(c, line, width - 2 * PAD), PAD, top + legendRows * ROW + 6 + i * 18 + 9));

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))), 'image/png'));
}
