import type { GraphElements } from '../api/client.ts';
import { attributeKinds, escapeXml, valueText } from './xml.ts';

/** The scene as GraphML (yEd, Gephi, NetworkX, igraph): every data field becomes a typed key. */
export function toGraphML(g: GraphElements): string {
  const nodeKinds = attributeKinds(g.nodes.map((n) => n.data), ['id']);
  const edgeKinds = attributeKinds(g.edges.map((e) => e.data), ['id', 'source', 'target']);
  const keyId = (scope: 'n' | 'e', name: string) => `${scope}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, kind] of nodeKinds) lines.push(`  <key id="${escapeXml(keyId('n', name))}" for="node" attr.name="${escapeXml(name)}" attr.type="${kind}"/>`);
  for (const [name, kind] of edgeKinds) lines.push(`  <key id="${escapeXml(keyId('e', name))}" for="edge" attr.name="${escapeXml(name)}" attr.type="${kind}"/>`);
  lines.push('  <graph id="helix" edgedefault="directed">');
  const data = (scope: 'n' | 'e', record: Record<string, unknown>, kinds: Map<string, unknown>) =>
    Object.entries(record)
      .filter(([k, v]) => kinds.has(k) && v !== null && v !== undefined)
      .map(([k, v]) => `<data key="${escapeXml(keyId(scope, k))}">${escapeXml(valueText(v))}</data>`)
      .join('');
  for (const { data: n } of g.nodes) lines.push(`    <node id="${escapeXml(n.id)}">${data('n', n, nodeKinds)}</node>`);
  for (const { data: e } of g.edges) {
    lines.push(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data('e', e, edgeKinds)}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
