import type cytoscape from 'cytoscape';
import { keepState, stateOf } from './canvas-state.ts';

type Ele = cytoscape.SingularElementArgument & { _private: { styleKey?: string | number; position?: { x: number; y: number }; rscratch: Record<string, unknown> } };
type UpdateFn = (willDraw: boolean, eles: cytoscape.Collection) => void;
/** The one field of Cytoscape's canvas renderer (3.34) this goes through: what runs before a frame on the elements that changed. */
interface Renderer {
  onUpdateEleCalcsFns?: UpdateFn[];
  redrawHint(group: 'eles', on: boolean): void;
  redraw(): void;
  getPixelRatio(): number;
  notify(event: string, eles?: unknown): void;
  render(options?: unknown): void;
  NODE: number;
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData: { dragging?: boolean; draggingEles?: boolean };
  /** The layered texture cache: its queue of elements still to draw into the new layers. */
  data?: { canvasNeedsRedraw: boolean[]; wheelZooming?: boolean; lyrTxrCache?: { layersQueue: { size(): number }; dequeue(pxRatio: number): unknown[] } };
}

/** Time spent at once drawing elements into the new layers, so the page keeps answering meanwhile. */
const BUILD_SLICE_MS = 100;

/** Cytoscape draws elements one by one for this long after a change (its `invalidThreshold`), and only then rebuilds its layers. */
const REBUILD_AFTER_MS = 300;

const DRAWN = 'helixDrawnAs';
const HELD = 'helixSceneHeld';

/**
 * While elements keep arriving (links-later.ts), the scene on screen stays as it is while the
 * camera rests: drawing it after each slice would draw every element one by one (its layers are
 * not built yet), seconds a frame at 10,000 nodes, for a picture that changes again at once.
 * Released, the scene is drawn as it then is.
 */
export function holdScene(cy: cytoscape.Core, held: boolean): void {
  keepState(cy, HELD, held);
  if (held || cy.destroyed()) return;
  const r = (cy as unknown as { renderer(): Partial<Renderer> | null }).renderer();
  // a headless canvas (tests) has nothing to draw
  if (typeof r?.redrawHint !== 'function') return;
  r.redrawHint('eles', true);
  r.redraw?.();
}

/** What an element looks like on the canvas: its style (Cytoscape's hash of every drawn property) and where it is. */
function drawnAs(ele: Ele): string {
  const p = ele._private;
  if (ele.isNode()) return `${String(p.styleKey)} ${p.position?.x} ${p.position?.y}`;
  const e = ele as unknown as cytoscape.EdgeSingular;
  const s = e.source().position();
  const t = e.target().position();
  return `${String(p.styleKey)} ${s.x} ${s.y} ${t.x} ${t.y}`;
}

/**
 * Large scenes only: Cytoscape's canvas renderer keeps the scene as a few big bitmaps (layers)
 * and throws away every layer holding an element whose state changed — a press, a selection, a
 * class — even when nothing about how it is drawn changed; for the next quarter second it then
 * draws all 50,000 elements one by one, 0.7 s a frame at 10,000 nodes. Here an element counts as
 * changed only when its style or its place (or an end's, for a link) did, so a selection drawn
 * by the overlay (behaviours/overlay.ts) keeps the layers and the next frame is one of bitmaps.
 *
 * Cytoscape only starts rebuilding layers thrown away when it next draws the scene, so after a
 * real change (the layout, a filter) the first frame the user asks for — their click — would be
 * the slow one; and it then rebuilds them a few elements per frame between full frames drawn
 * element by element, seconds at 10,000 nodes. Here, once a change has settled, a frame is asked
 * for (which queues the layers) and the queue is drawn in short slices until the layers are whole.
 *
 * And a frame asked for when nothing drawn changed — Cytoscape asks for one after every press,
 * selection and step of its layer building — keeps the scene already on screen instead of
 * drawing it again (one by one, while the layers are not whole); the overlay still draws.
 */
export function quietRedraw(cy: cytoscape.Core): void {
  const r = (cy as unknown as { renderer(): Renderer | null }).renderer();
  const fns = r?.onUpdateEleCalcsFns;
  if (!Array.isArray(fns)) return;
  const originals = [...fns];
  let rebuild: ReturnType<typeof setTimeout> | undefined;
  const redrawLater = () => {
    clearTimeout(rebuild);
    rebuild = setTimeout(() => {
      if (cy.destroyed()) return;
      r!.redrawHint('eles', true);
      r!.redraw();
      rebuild = setTimeout(buildLayers, 0);
    }, REBUILD_AFTER_MS);
  };
  const buildLayers = () => {
    const layers = r!.data?.lyrTxrCache;
    if (cy.destroyed() || !layers || layers.layersQueue.size() === 0) return;
    const until = performance.now() + BUILD_SLICE_MS;
    const ratio = r!.getPixelRatio();
    while (layers.layersQueue.size() > 0 && performance.now() < until) layers.dequeue(ratio);
    if (layers.layersQueue.size() > 0) rebuild = setTimeout(buildLayers, 0);
    else {
      r!.redrawHint('eles', true);
      r!.redraw();
    }
  };
  // Whether anything but an unchanged element's state asked for the frame, and the camera of the
  // last whole frame of the scene (not one of Cytoscape's snapshots while the camera moves).
  let forced = true;
  let lastWhole: string | null = null;
  const camera = () => `${cy.zoom()} ${cy.pan().x} ${cy.pan().y} ${cy.width()} ${cy.height()}`;
  const moving = () => Boolean(r!.pinching || r!.swipePanning || r!.hoverData.dragging || r!.hoverData.draggingEles || r!.data?.wheelZooming || cy.animated());
  const notify = r!.notify;
  r!.notify = function (event, eles) {
    // a changed style or box shows in changedOnly below, as a new style key or place
    if (event !== 'style' && event !== 'bounds') forced = true;
    notify.call(this, event, eles);
  };
  const render = r!.render;
  r!.render = function (options) {
    const need = r!.data?.canvasNeedsRedraw;
    // an export draws into a context of its own
    const exporting = Boolean((options as { forcedContext?: unknown } | undefined)?.forcedContext);
    const now = camera();
    const still = !moving();
    // a change while the scene is held (holdScene) waits for its release, which draws it
    const held = stateOf(cy, HELD) === true;
    if (need && !exporting && need[r!.NODE] && (!forced || held) && still && now === lastWhole) need[r!.NODE] = false;
    const drawn = Boolean(need?.[r!.NODE]);
    if (!held) forced = false;
    render.call(this, options);
    if (drawn && !exporting) lastWhole = still ? now : null;
  };
  const changedOnly: UpdateFn = (willDraw, eles) => {
    const changed = eles.filter((ele) => {
      const e = ele as Ele;
      const now = drawnAs(e);
      if (e._private.rscratch[DRAWN] === now) return false;
      e._private.rscratch[DRAWN] = now;
      return true;
    });
    for (const fn of originals) fn(willDraw, changed);
    if (changed.length > 0) {
      forced = true;
      redrawLater();
    }
  };
  fns.splice(0, fns.length, changedOnly);
}
