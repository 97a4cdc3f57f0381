import type { GraphElements } from '../api/client.ts';
import { attributeKinds, escapeXml, valueText } from './xml.ts';

const GEXF_TYPE = { string: 'string', double: 'double', boolean: 'boolean' } as const;

export interface GexfOptions {
  /** Node positions from the canvas, so Gephi opens the same picture. */
  positions?: Map<string, { x: number; y: number }>;
  /** Node colours (#rrggbb), e.g. by helix. */
  colours?: Map<string, string>;
}

/** The scene as GEXF 1.3, which Gephi opens directly: labels, typed attributes, weights, positions, colours. */
export function toGEXF(g: GraphElements, options: GexfOptions = {}): string {
  const nodeKinds = attributeKinds(g.nodes.map((n) => n.data), ['id', 'label']);
  const edgeKinds = attributeKinds(g.edges.map((e) => e.data), ['id', 'source', 'target', 'weight']);
  const nodeIndex = new Map([...nodeKinds.keys()].map((k, i) => [k, i]));
  const edgeIndex = new Map([...edgeKinds.keys()].map((k, i) => [k, i]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta><creator>Helix Explorer</creator></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...[...nodeKinds].map(([k, kind]) => `      <attribute id="${nodeIndex.get(k)}" title="${escapeXml(k)}" type="${GEXF_TYPE[kind]}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...[...edgeKinds].map(([k, kind]) => `      <attribute id="${edgeIndex.get(k)}" title="${escapeXml(k)}" type="${GEXF_TYPE[kind]}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  const values = (record: Record<string, unknown>, index: Map<string, number>) =>
    Object.entries(record)
      .filter(([k, v]) => index.has(k) && v !== null && v !== undefined)
      .map(([k, v]) => `<attvalue for="${index.get(k)}" value="${escapeXml(valueText(v))}"/>`)
      .join('');
  for (const { data: n } of g.nodes) {
    const pos = options.positions?.get(n.id);
    const colour = options.colours?.get(n.id);
    const rgb = colour && /^#[0-9a-f]{6}$/i.test(colour) ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) : null;
    const viz = `${pos ? `<viz:position x="${pos.x.toFixed(2)}" y="${(-pos.y).toFixed(2)}" z="0"/>` : ''}${rgb ? `<viz:color r="${rgb[0]}" g="${rgb[1]}" b="${rgb[2]}"/>` : ''}`;
    lines.push(`      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}"><attvalues>${values(n, nodeIndex)}</attvalues>${viz}</node>`);
  }
  lines.push('    </nodes>', '    <edges>');
  for (const { data: e } of g.edges) {
    const weight = typeof e.weight === 'number' && e.weight > 0 ? ` weight="${e.weight}"` : '';
    lines.push(
      `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(e.type)}"${weight}><attvalues>${values(e, edgeIndex)}</attvalues></edge>`,
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
