import type cytoscape from 'cytoscape';
import type { GraphElements } from '../api/client.ts';
import { edgeElement, nodeElement } from './core.ts';
import { seedPosition } from './layouts.ts';

// The same canvas brought to another scene without a new layout (the period control's steps): kept
// nodes stay where they are, gone elements leave, and a new node is placed beside the nodes it
// links to (or beside the drawing when it links to none). Data of kept elements is replaced.

const NEAR = 40;

function replaceData(el: cytoscape.SingularElementArgument, data: Record<string, unknown>): void {
  const old = el.data() as Record<string, unknown>;
  const stale = Object.keys(old).filter((k) => !(k in data) && !k.startsWith('_') && k !== 'id' && k !== 'source' && k !== 'target');
  if (stale.length) el.removeData(stale.join(' '));
  el.data(data);
}

/** Morphs the canvas to `elements`; says how many nodes came and went. */
export function morphTo(cy: cytoscape.Core, elements: GraphElements): { added: number; removed: number } {
  const nodeIds = new Set(elements.nodes.map((n) => n.data.id));
  const edgeIds = new Set(elements.edges.map((e) => e.data.id));
  let added = 0;
  let removed = 0;
  cy.batch(() => {
    const gone = cy.elements().filter((el) => (el.isNode() ? !nodeIds.has(el.id()) : !edgeIds.has(el.id()) || !nodeIds.has(el.data('source')) || !nodeIds.has(el.data('target'))));
    removed = gone.nodes().length;
    gone.remove();
    const box = cy.nodes().nonempty() ? cy.nodes().boundingBox({}) : { x1: 0, y1: 0, x2: 0, y2: 0 };
    const neighbours = new Map<string, string[]>();
    for (const e of elements.edges) {
      neighbours.set(e.data.source, [...(neighbours.get(e.data.source) ?? []), e.data.target]);
      neighbours.set(e.data.target, [...(neighbours.get(e.data.target) ?? []), e.data.source]);
    }
    const fresh: ReturnType<typeof nodeElement>[] = [];
    for (const n of elements.nodes) {
      const el = cy.getElementById(n.data.id);
      if (el.nonempty()) replaceData(el, { ...nodeElement(n).data, _size: el.data('_size') });
      else fresh.push(nodeElement(n));
    }
    fresh.forEach((n, i) => {
      const placed = (neighbours.get(n.data.id) ?? []).map((id) => cy.getElementById(id)).filter((x) => x.nonempty());
      const offset = seedPosition(i + 1, NEAR / 2);
      const at = placed.length
        ? { x: placed.reduce((s, x) => s + x.position('x'), 0) / placed.length + offset.x, y: placed.reduce((s, x) => s + x.position('y'), 0) / placed.length + offset.y }
        : { x: box.x2 + NEAR + offset.x, y: (box.y1 + box.y2) / 2 + offset.y };
      cy.add({ group: 'nodes', ...n, position: at });
      added++;
    });
    for (const e of elements.edges) {
      const el = cy.getElementById(e.data.id);
      if (el.nonempty()) replaceData(el, edgeElement(e).data);
      else cy.add({ group: 'edges', ...edgeElement(e) });
    }
  });
  return { added, removed };
}
