import type cytoscape from 'cytoscape';
import { defineBehaviour } from './behaviour.ts';

// The camera as text ("zoom,x,y") for the link: reported once it rests, and restored from a link.

export function cameraOf(cy: cytoscape.Core): string {
  const p = cy.pan();
  return `${cy.zoom().toFixed(3)},${p.x.toFixed(0)},${p.y.toFixed(0)}`;
}

/** Moves the camera to `camera` ("zoom,x,y"); false when it does not read as one. */
export function applyCamera(cy: cytoscape.Core, camera: string | null | undefined): boolean {
  const cam = camera?.split(',').map(Number);
  if (!cam || cam.length !== 3 || !cam.every(Number.isFinite)) return false;
  cy.viewport({ zoom: cam[0]!, pan: { x: cam[1]!, y: cam[2]! } });
  return true;
}

export interface CameraOptions {
  onCamera: (camera: string) => void;
  /** How long the camera must rest before it is reported. */
  delayMs?: number;
}

export const camera = defineBehaviour<CameraOptions>({
  name: 'camera',
  install(cy, { onCamera, delayMs = 500 }) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => !cy.destroyed() && onCamera(cameraOf(cy)), delayMs);
    };
    cy.on('viewport', later);
    return () => {
      clearTimeout(timer);
      cy.off('viewport', later);
    };
  },
});
