import type { TripleHelix } from '../../../../contract/index.ts';
import { spiral } from './flows.ts';
import type { PlacedActor } from './NetworkLayer.tsx';
import { project, type Box, type Point } from './projection.ts';

/**
 * A region's actors placed on the map: at their own coordinates (lat, lon, as CORDIS gives them)
 * when they have them, else on a spiral around the region's label point sized to the region.
 */
export function placeActors(answer: Pick<TripleHelix, 'nodes'>, label: Point, box: Box): PlacedActor[] {
  const actors = answer.nodes.filter((n) => n.data.type === 'Actor');
  const loose = actors.filter((n) => typeof n.data.lat !== 'number' || typeof n.data.lon !== 'number');
  const step = Math.min(box.width, box.height) / (2.5 * Math.sqrt(loose.length + 1));
  const spots = spiral(label, loose.length, step);
  let next = 0;
  return actors.map((n) => {
    const { lat, lon } = n.data as { lat?: unknown; lon?: unknown };
    const at: Point = typeof lat === 'number' && typeof lon === 'number' ? project(lon, lat) : spots[next++]!;
    return { id: n.data.id, label: n.data.label, helix: typeof n.data.helix === 'string' ? n.data.helix : undefined, at };
  });
}
