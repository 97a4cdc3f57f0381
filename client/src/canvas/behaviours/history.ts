import type cytoscape from 'cytoscape';
import type { GraphElements } from '../../api/client.ts';
import { defineAction } from '../actions.ts';
import { edgeElement, nodeElement } from '../core.ts';
import { defineBehaviour } from './behaviour.ts';

// Undo and redo of what changes the scene: adding a node's neighbourhood, and hiding elements.
// Defines the actions `add`, `hide`, `undo`, `redo`.

export interface HistoryState {
  undo: boolean;
  redo: boolean;
}
export interface HistoryOptions {
  /** After every do, undo and redo: whether each is possible now. */
  onChange: (state: HistoryState) => void;
}

type AddArgs = { id: string; add?: GraphElements; added?: cytoscape.CollectionReturnValue };
type Added = { id: string; added: cytoscape.CollectionReturnValue };

function addNeighbourhood(cy: cytoscape.Core, args: AddArgs): Added {
  if (args.added) {
    // redo: the same elements come back, and the node counts as expanded again (the link lists it)
    cy.getElementById(args.id).data('_expanded', true);
    return { id: args.id, added: args.added.restore() };
  }
  const around = cy.getElementById(args.id);
  const centre = around.nonempty() ? around.position() : { x: 0, y: 0 };
  const fresh = (args.add?.nodes ?? []).filter((n) => cy.getElementById(n.data.id).empty());
  const added = cy.add([
    ...fresh.map((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, fresh.length);
      return { group: 'nodes' as const, ...nodeElement(n), position: { x: centre.x + 120 * Math.cos(a), y: centre.y + 120 * Math.sin(a) } };
    }),
    ...(args.add?.edges ?? []).filter((e) => cy.getElementById(e.data.id).empty()).map((e) => ({ group: 'edges' as const, ...edgeElement(e) })),
  ]);
  around.data('_expanded', true);
  return { id: args.id, added };
}

export const history = defineBehaviour<HistoryOptions>({
  name: 'history',
  install(cy, { onChange }) {
    const ur = cy.undoRedo({ undoableDrag: false });
    ur.action('expand', (args: AddArgs) => addNeighbourhood(cy, args), (res: Added) => {
      res.added.remove();
      cy.getElementById(res.id).removeData('_expanded');
      return res;
    });
    ur.action(
      'hide',
      (args: { eles: cytoscape.CollectionReturnValue; hidden?: boolean }) => ({ eles: args.hidden ? args.eles.restore().remove() : args.eles.union(args.eles.connectedEdges()).remove(), hidden: true }),
      (res: { eles: cytoscape.CollectionReturnValue }) => ({ eles: res.eles.restore(), hidden: true }),
    );
    const emit = () => onChange({ undo: !ur.isUndoStackEmpty(), redo: !ur.isRedoStackEmpty() });
    cy.on('afterDo afterUndo afterRedo', emit);
    const off = [
      defineAction(cy, 'undo', () => void ur.undo()),
      defineAction(cy, 'redo', () => void ur.redo()),
      defineAction(cy, 'hide', (eles) => void (eles.nonempty() && ur.do('hide', { eles }))),
      defineAction(cy, 'add', (id, add) => void ur.do('expand', { id, add })),
    ];
    return () => {
      cy.off('afterDo afterUndo afterRedo', emit);
      for (const f of off) f();
      ur.reset();
    };
  },
});
