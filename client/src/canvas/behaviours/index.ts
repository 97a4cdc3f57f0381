import type cytoscape from 'cytoscape';
import type { Behaviour } from './behaviour.ts';
import { camera } from './camera.ts';
import { expand } from './expand.ts';
import { fit } from './fit.ts';
import { history } from './history.ts';
import { keys } from './keys.ts';
import { labels } from './labels.ts';
import { menu } from './menu.ts';
import { navigate } from './navigate.ts';
import { overlay } from './overlay.ts';
import { select } from './select.ts';
import { tooltip } from './tooltip.ts';

// Behaviours of the canvas by name, each installed on a Cytoscape instance on its own and
// uninstalled by the function it returns (like Cytoscape's own extensions).

export const BEHAVIOURS = { history, expand, menu, keys, tooltip, labels, camera, select, navigate, fit, overlay } as const;
export type BehaviourName = keyof typeof BEHAVIOURS;
export type OptionsOf<N extends BehaviourName> = (typeof BEHAVIOURS)[N] extends Behaviour<infer O> ? O : never;

export function installBehaviour<N extends BehaviourName>(cy: cytoscape.Core, name: N, options: OptionsOf<N>): () => void {
  return (BEHAVIOURS[name] as Behaviour<OptionsOf<N>>).install(cy, options);
}
