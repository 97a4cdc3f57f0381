// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { csvField, toCSV } from '../../../client/src/export/csv.ts';
import { toGEXF } from '../../../client/src/export/gexf.ts';
import { toGraphML } from '../../../client/src/export/graphml.ts';
import { scene } from './fixtures.ts';

const parseXml = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};

describe('GraphML', () => {
  it('holds every node and link with typed keys', () => {
    const doc = parseXml(toGraphML(scene));
    expect(doc.getElementsByTagName('node')).toHaveLength(7);
    expect(doc.getElementsByTagName('edge')).toHaveLength(6);
    const keys = [...doc.getElementsByTagName('key')].map((k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}:${k.getAttribute('attr.type')}`);
    expect(keys).toContain('node:helix:string');
    expect(keys).toContain('node:ket:boolean');
    expect(keys).toContain('edge:weight:double');
    const basf = [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === 'Actor:basf')!;
    expect(basf.textContent).toContain('BASF Antwerpen');
  });

  it('escapes markup and drops control characters in names', () => {
    const doc = parseXml(toGraphML({ nodes: [{ data: { id: 'Actor:x', label: 'A & B <"x">\u0001', type: 'Actor' } }], edges: [] }));
    expect(doc.getElementsByTagName('node')[0]!.textContent).toContain('A & B <"x">');
  });
});

describe('GEXF', () => {
  it('opens as GEXF 1.3 with labels, weights, positions and helix colours', () => {
    const xml = toGEXF(scene, { positions: new Map([['Actor:basf', { x: 10, y: 20 }]]), colours: new Map([['Actor:basf', '#E69F00']]) });
    const doc = parseXml(xml);
    expect(doc.documentElement.getAttribute('version')).toBe('1.3');
    const basf = [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === 'Actor:basf')!;
    expect(basf.getAttribute('label')).toBe('BASF Antwerpen');
    expect(xml).toContain('<viz:position x="10.00" y="-20.00" z="0"/>');
    expect(xml).toContain('<viz:color r="230" g="159" b="0"/>');
    const e3 = [...doc.getElementsByTagName('edge')].find((e) => e.getAttribute('id') === 'e3')!;
    expect(e3.getAttribute('weight')).toBe('5');
    expect([...doc.getElementsByTagName('edge')].find((e) => e.getAttribute('id') === 'e4')!.hasAttribute('weight')).toBe(false);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(['x', 'y'])).toBe('x; y');
    expect(csvField(null)).toBe('');
  });

  it('writes a node table and a link table with id, label and endpoints first', () => {
    const { nodes, edges } = toCSV(scene);
    const rows = nodes.trim().split('\r\n');
    expect(rows[0]).toBe('id,label,type,helix,ket,kind,nameEn');
    expect(rows).toHaveLength(8);
    expect(rows).toContain('Sector:chemistry,Chemie & life sciences,Sector,,,,Chemistry & life sciences');
    expect(edges.split('\r\n')[0]).toBe('id,source,target,type,weight');
    expect(edges).toContain('e3,Actor:port,Actor:basf,COLLABORATES_WITH,5');
  });
});
