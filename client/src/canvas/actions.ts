import type cytoscape from 'cytoscape';
import { keepState, stateOf } from './canvas-state.ts';
import type { GraphElements } from '../api/client.ts';

// The canvas's actions by name, kept on the Cytoscape instance: a behaviour defines an action,
// others (menu, keys, toolbar) run it by name without knowing who defined it.

export interface Actions {
  undo(): void;
  redo(): void;
  /** Hides the elements (and their links), undoably. */
  hide(eles: cytoscape.CollectionReturnValue): void;
  /** Adds a node's neighbourhood and marks the node expanded, undoably. */
  add(id: string, add: GraphElements): void;
  /** Asks for a node's neighbourhood and adds it. */
  expand(id: string): Promise<void>;
}
export type ActionName = keyof Actions;

const KEY = '_helixActions';
const registry = (cy: cytoscape.Core): Partial<Actions> => {
  const found = stateOf<Partial<Actions>>(cy, KEY);
  if (found) return found;
  const fresh: Partial<Actions> = {};
  keepState(cy, KEY, fresh);
  return fresh;
};

/** Defines `name` on this canvas; the returned function takes it away again. */
export function defineAction<N extends ActionName>(cy: cytoscape.Core, name: N, run: Actions[N]): () => void {
  const actions = registry(cy);
  actions[name] = run;
  return () => {
    if (actions[name] === run) delete actions[name];
  };
}

/** Runs `name` if some behaviour defined it; undefined otherwise. */
export function runAction<N extends ActionName>(cy: cytoscape.Core, name: N, ...args: Parameters<Actions[N]>): ReturnType<Actions[N]> | undefined {
  if (cy.destroyed()) return undefined;
  const run = registry(cy)[name] as ((...a: Parameters<Actions[N]>) => ReturnType<Actions[N]>) | undefined;
  return run?.(...args);
}
