import type cytoscape from 'cytoscape';

// What the canvas's own code keeps per Cytoscape instance (whether the camera is fitted, its
// actions, links still to come, …). Not in cy.scratch(): setting the core's scratch makes
// Cytoscape restyle every element, seconds at 10,000 nodes (a whole-scene restyle on every fit,
// every pan and zoom gesture, before the first frame).

const states = new WeakMap<cytoscape.Core, Map<string, unknown>>();

/** The value kept under `key` on this canvas, if any. */
export function stateOf<T>(cy: cytoscape.Core, key: string): T | undefined {
  return states.get(cy)?.get(key) as T | undefined;
}

/** Keeps `value` under `key` on this canvas; undefined takes it away. */
export function keepState(cy: cytoscape.Core, key: string, value: unknown): void {
  let state = states.get(cy);
  if (!state) states.set(cy, (state = new Map()));
  if (value === undefined) state.delete(key);
  else state.set(key, value);
}
