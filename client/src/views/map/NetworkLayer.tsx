import { HELIX_COLOURS, OTHER_COLOUR } from '../../canvas/helix.ts';
import type { Point } from './projection.ts';

// A region's own network drawn in map units inside the map's transformed group, so it moves and
// zooms with the map: actors at their coordinates (or around their region's label point), links
// between them. Sizes stay the same on screen (radius divided by the zoom).

export interface PlacedActor {
  id: string;
  label: string;
  helix: string | undefined;
  at: Point;
}

export function NetworkLayer({ actors, links, zoom }: { actors: PlacedActor[]; links: { source: string; target: string }[]; zoom: number }) {
  const at = new Map(actors.map((a) => [a.id, a.at]));
  const r = 4.5 / zoom;
  return (
    <g data-layer="network">
      <g stroke="#1d232b" strokeOpacity={0.35} strokeWidth={0.8} vectorEffect="non-scaling-stroke">
        {links.map((l) => {
          const a = at.get(l.source);
          const b = at.get(l.target);
          return a && b ? <line key={`${l.source}|${l.target}`} x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} vectorEffect="non-scaling-stroke" /> : null;
        })}
      </g>
      <g stroke="#ffffff" strokeWidth={1} vectorEffect="non-scaling-stroke">
        {actors.map((a) => (
          <circle key={a.id} cx={a.at[0]} cy={a.at[1]} r={r} fill={HELIX_COLOURS[a.helix ?? ''] ?? OTHER_COLOUR} vectorEffect="non-scaling-stroke" data-actor={a.id}>
            <title>{a.label}</title>
          </circle>
        ))}
      </g>
    </g>
  );
}
