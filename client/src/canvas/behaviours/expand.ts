import type { GraphElements } from '../../api/client.ts';
import { defineAction, runAction } from '../actions.ts';
import { defineBehaviour } from './behaviour.ts';

// Expanding a node (double-click, or the menu's `expand` action): its neighbourhood is asked for
// and added through the history, so undo takes it out. When asking fails, nothing on the scene
// changes and `onError` says so to the user.

export interface ExpandOptions {
  /** The neighbourhood to add, or null for none. */
  load: (id: string) => Promise<GraphElements | null> | null | undefined;
  onError: (error: Error, id: string) => void;
  /** After the neighbourhood joined the scene (say, to lay it out again). */
  onExpanded?: (id: string) => void;
}

export const expand = defineBehaviour<ExpandOptions>({
  name: 'expand',
  install(cy, { load, onError, onExpanded }) {
    let installed = true;
    const alive = () => installed && !cy.destroyed();
    const run = async (id: string) => {
      let add: GraphElements | null | undefined;
      try {
        add = await load(id);
      } catch (e) {
        if (alive() && (e as Error).name !== 'AbortError') onError(e as Error, id);
        return;
      }
      if (!add || !alive()) return;
      runAction(cy, 'add', id, add);
      onExpanded?.(id);
    };
    const onDoubleTap = (e: cytoscape.EventObject) => void run((e.target as cytoscape.NodeSingular).id());
    cy.on('dbltap', 'node', onDoubleTap);
    const off = defineAction(cy, 'expand', run);
    return () => {
      installed = false;
      cy.off('dbltap', 'node', onDoubleTap);
      off();
    };
  },
});
