// The shared canvas: every view (and the console and import views) draws graphs with it.
export { GraphCanvas, sceneOf, type GraphCanvasProps, type Highlight } from './GraphCanvas.tsx';
export { HELIX_COLOURS, HELIX_NAMES, OTHER_COLOUR, TYPE_SHAPES } from './helix.ts';
export { LAYOUTS, isLayout, runLayout, type LayoutName } from './layouts.ts';
export { tripleHelixPositions } from './triple-helix-layout.ts';
export { canvasStyle, LARGE_SCENE } from './style.ts';
export { scaleSizes } from './sizes.ts';
export { createCore, expandedOf } from './core.ts';
export { BEHAVIOURS, installBehaviour, type BehaviourName } from './behaviours/index.ts';
export { defineAction, runAction, type Actions } from './actions.ts';
