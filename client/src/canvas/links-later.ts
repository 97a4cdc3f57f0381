import type cytoscape from 'cytoscape';
import { keepState, stateOf } from './canvas-state.ts';
import type { GraphElements } from '../api/client.ts';
import { edgeElement } from './style.ts';

// Large scenes draw their first frame with the nodes only: creating, styling and drawing 40,000
// links is most of the time Cytoscape takes before anything shows (bench/README.md, client-draw).
// The links are added after it, a slice at a time between the page's other work, so the page
// keeps answering meanwhile; the canvas shows how far they are.

/** How long one slice of links may take on the page's thread (a click waits at most about this long). */
const SLICE_MS = 50;
/** Links in the first slice; later slices are sized from how long the last one took. */
const FIRST_SLICE = 1000;

export interface LinksProgress {
  added: number;
  total: number;
}

type Link = GraphElements['edges'][number];

interface Arrival {
  pending: Link[];
  next: number;
  total: number;
  done: Promise<void>;
  finish: () => void;
  onProgress?: (p: LinksProgress) => void;
  timer?: ReturnType<typeof setTimeout>;
}

const ARRIVAL = 'helixLinksLater';
const arrivalOf = (cy: cytoscape.Core) => stateOf<Arrival>(cy, ARRIVAL);

/**
 * Adds `edges` to `cy` in slices of about SLICE_MS each, a task apart. `classesOf` gives each link
 * its classes as it joins (a filter or highlight set meanwhile); `onProgress` hears after every
 * slice, and once more with added = total when all are in. A link whose end has gone meanwhile (a
 * hidden node) is left out, as hiding the node would have taken it away.
 */
export function addLinksLater(cy: cytoscape.Core, edges: Link[], { classesOf, onProgress }: { classesOf?: (id: string) => string[]; onProgress?: (p: LinksProgress) => void } = {}): void {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const arrival: Arrival = { pending: edges, next: 0, total: edges.length, done, finish, onProgress };
  keepState(cy, ARRIVAL, arrival);
  let size = FIRST_SLICE;
  const step = () => {
    if (cy.destroyed() || arrivalOf(cy) !== arrival) return;
    const started = performance.now();
    const count = addSlice(cy, arrival, size, classesOf);
    const took = performance.now() - started;
    // aim the next slice at SLICE_MS from this one's pace, without jumping more than fourfold
    size = Math.max(500, Math.min(size * 4, Math.round((count / Math.max(took, 1)) * SLICE_MS)));
    if (arrival.next < arrival.total) {
      onProgress?.({ added: arrival.next, total: arrival.total });
      arrival.timer = setTimeout(step, 0);
    } else complete(cy, arrival, true);
  };
  onProgress?.({ added: 0, total: edges.length });
  arrival.timer = setTimeout(step, 0);
}

/** Parts of Cytoscape's collection (3.34) not in its typings: joining without notifying the renderer, and styling now. */
interface Joining {
  restore(notifyRenderer: boolean): Joining;
  cleanStyle(): void;
}

function addSlice(cy: cytoscape.Core, arrival: Arrival, size: number, classesOf?: (id: string) => string[]): number {
  const start = arrival.next;
  const end = Math.min(arrival.total, start + size);
  const slice: cytoscape.ElementDefinition[] = [];
  for (let i = start; i < end; i++) {
    const { data } = arrival.pending[i]!;
    // Cytoscape throws on a link whose end is missing; an id already there (an expand brought it) it skips itself
    if (!cy.hasElementWithId(data.source) || !cy.hasElementWithId(data.target)) continue;
    const classes = classesOf?.(data.id);
    slice.push(classes?.length ? { ...edgeElement({ data }), classes } : edgeElement({ data }));
  }
  arrival.next = end;
  if (slice.length > 0) {
    // Created apart and joined without a word to the renderer, which would otherwise sort every
    // element again for a frame after each slice (the scene on screen is held meanwhile anyway);
    // it hears once, when all are in. Styled here, a slice at a time, instead of all in that frame.
    const added = cy.collection(slice as never, { removed: true } as never) as unknown as Joining;
    added.restore(false);
    added.cleanStyle();
  }
  return end - start;
}

/** The end of the arrival: `all` when every link came (onProgress hears it), not when it was stopped. */
function complete(cy: cytoscape.Core, arrival: Arrival, all: boolean): void {
  clearTimeout(arrival.timer);
  // the renderer learns of the links now (see addSlice)
  if (arrival.next > 0 && !cy.destroyed()) (cy as unknown as { renderer(): { notify?(event: string): void } | null }).renderer()?.notify?.('add');
  arrival.pending = [];
  if (arrivalOf(cy) === arrival) keepState(cy, ARRIVAL, undefined);
  if (all) arrival.onProgress?.({ added: arrival.total, total: arrival.total });
  arrival.finish();
}

/** Adds every link still to come at once: before anything that needs the whole scene now (an export). */
export function finishLinks(cy: cytoscape.Core): void {
  const arrival = arrivalOf(cy);
  if (!arrival || cy.destroyed()) return;
  clearTimeout(arrival.timer);
  addSlice(cy, arrival, arrival.total - arrival.next);
  complete(cy, arrival, true);
}

/** Settles when every link of the scene is on the canvas (at once when none are to come). */
export const linksArrived = (cy: cytoscape.Core): Promise<void> => arrivalOf(cy)?.done ?? Promise.resolve();

/** Whether links are still to come. */
export const linksArriving = (cy: cytoscape.Core): boolean => arrivalOf(cy) !== undefined;

/** Stops adding links (the canvas is about to hold other elements): whatever waits on them goes on. */
export function stopLinks(cy: cytoscape.Core): void {
  const arrival = arrivalOf(cy);
  if (arrival) complete(cy, arrival, false);
}

/** The links still to come whose ends are both on the canvas: part of the scene already, for whoever asks what it holds. */
export function linksToCome(cy: cytoscape.Core): Link[] {
  const arrival = arrivalOf(cy);
  if (!arrival) return [];
  return arrival.pending.slice(arrival.next).filter((e) => cy.hasElementWithId(e.data.source) && cy.hasElementWithId(e.data.target));
}
