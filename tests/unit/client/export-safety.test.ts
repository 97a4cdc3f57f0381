// @vitest-environment jsdom
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseCell, toCSV } from '../../../client/src/export/csv.ts';
import { toGEXF } from '../../../client/src/export/gexf.ts';
import { toGraphML } from '../../../client/src/export/graphml.ts';
import { safeSvg } from '../../../client/src/export/svg.ts';
import { rowsToCsv } from '../../../client/src/views/console/values.ts';
import { suggestionsCsv } from '../../../client/src/views/partners/csv.ts';
import type { Suggestion } from '../../../client/src/views/partners/types.ts';

// Names come from user imports, so every export must survive hostile ones: formulas for
// spreadsheets, markup and control characters for XML readers.

const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\tTab lead', '\rCR lead', "=cmd|' /C notepad'!'A1'"];
const HOSTILE = '<script>alert("x")</script> & \'quoted\' "double" \u0001\u0007\u001b\u000b\uffff\ud800 end';

/** What a spreadsheet reads from a CSV: the cells after unquoting. */
const cells = (csv: string) => parse(csv, { relax_column_count: true }) as string[][];

describe('CSV cells a spreadsheet could run', () => {
  it('gets a leading apostrophe for each formula start, and nothing else changes', () => {
    for (const f of FORMULAS) expect(neutraliseCell(f)).toBe(`'${f}`);
    expect(neutraliseCell('BASF Antwerpen')).toBe('BASF Antwerpen');
    expect(neutraliseCell('a=b')).toBe('a=b');
    // Plain numbers, as text or as numbers, keep their value.
    expect(csvField('-3')).toBe('-3');
    expect(csvField('+1.5e3')).toBe('+1.5e3');
    expect(csvField(-4.5)).toBe('-4.5');
  });

  it('no cell of the scene CSV starts a formula, and the names read back with the apostrophe only', () => {
    const nodes = FORMULAS.map((label, i) => ({ data: { id: `Actor:x${i}`, label, type: 'Actor', helix: 'industry' as const } }));
    const edges = [{ data: { id: '=e', source: 'Actor:x0', target: 'Actor:x1', type: 'COLLABORATES_WITH', weight: -1, evidence: '@quote' } }];
    const csv = toCSV({ nodes, edges });
    const nodeRows = cells(csv.nodes).slice(1);
    expect(nodeRows.map((r) => r[1])).toEqual(FORMULAS.map((f) => `'${f}`));
    const [header, edge] = cells(csv.edges);
    expect(edge![header!.indexOf('id')]).toBe("'=e");
    expect(edge![header!.indexOf('evidence')]).toBe("'@quote");
    expect(edge![header!.indexOf('weight')]).toBe('-1');
    for (const row of [...nodeRows, edge!]) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });

  it('the partner list and the console result are neutralised too, header included', () => {
    const suggestion = {
      rank: 1,
      id: 'Actor:evil',
      name: FORMULAS[0]!,
      helix: 'industry' as const,
      country: '@BE',
      score: 0.5,
      components: { topical: 1, proximity: 0, complementarity: 0, activity: 0, geography: 0 },
      reasons: [{ component: 'topical', code: 'x', params: {}, text: '=1+1' }],
      introducers: [{ id: 'Actor:i', name: '+intro', strength: 1 }],
      graph: { nodes: [], edges: [] },
    } as unknown as Suggestion; // only the fields the CSV writes
    const [, row] = cells(suggestionsCsv([suggestion]));
    expect(row).toContain(`'${FORMULAS[0]}`);
    expect(row).toContain("'@BE");
    expect(row).toContain("'=1+1");
    expect(row).toContain("'+intro");

    const [head, first] = cells(rowsToCsv(['=col', 'n'], [{ '=col': '-cmd', n: -7 }]));
    expect(head).toEqual(["'=col", 'n']);
    expect(first).toEqual(["'-cmd", '-7']);
  });
});

const parseXml = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};
/** The hostile name as an XML reader gets it: forbidden characters gone, everything else kept. */
const READ_BACK = '<script>alert("x")</script> & \'quoted\' "double"  end';

describe('GraphML and GEXF with hostile names', () => {
  const scene = {
    nodes: [
      { data: { id: 'Actor:<a>"&', label: HOSTILE, type: 'Actor', helix: 'industry' as const, note: 'line\nbreak\ttab' } },
      { data: { id: 'Actor:b', label: 'B', type: 'Actor' } },
    ],
    edges: [{ data: { id: 'e"1', source: 'Actor:<a>"&', target: 'Actor:b', type: 'COLLABORATES_WITH', evidence: HOSTILE } }],
  };

  it('GraphML parses, holds no injected element, and keeps the text', () => {
    const doc = parseXml(toGraphML(scene));
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const node = doc.getElementsByTagName('node')[0]!;
    expect(node.getAttribute('id')).toBe('Actor:<a>"&');
    expect(node.textContent).toContain(READ_BACK);
    expect(node.textContent).toContain('line\nbreak\ttab');
    expect(doc.getElementsByTagName('edge')[0]!.getAttribute('source')).toBe('Actor:<a>"&');
  });

  it('GEXF parses, and the label attribute comes back with its quotes, tabs and line breaks', () => {
    const doc = parseXml(toGEXF(scene));
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const node = doc.getElementsByTagName('node')[0]!;
    expect(node.getAttribute('label')).toBe(READ_BACK);
    const values = [...node.getElementsByTagName('attvalue')].map((a) => a.getAttribute('value'));
    expect(values).toContain('line\nbreak\ttab');
    expect(doc.getElementsByTagName('edge')[0]!.getAttribute('id')).toBe('e"1');
  });
});

describe('SVG of the canvas with a hostile label', () => {
  it('parses as XML, with the label as text and no script element', () => {
    // What cytoscape-svg does: the label as a text node, serialised by the browser's XMLSerializer.
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.appendChild(document.createTextNode(HOSTILE));
    svg.appendChild(text);
    const serialised = new XMLSerializer().serializeToString(svg);
    const doc = parseXml(safeSvg(serialised));
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('text')[0]!.textContent).toBe(READ_BACK);
  });
});
