import { memo } from 'react';
import type { NutsGeometry } from '../../../../contract/index.ts';
import { ringsPath } from './projection.ts';

// The NUTS regions as SVG paths, filled by class; memoised so panning and hovering redraw nothing.

export interface RegionShape {
  id: string;
  name: string;
  d: string;
}

export const shapesOf = (geometry: NutsGeometry): RegionShape[] => geometry.regions.map((r) => ({ id: r.id, name: r.name, d: ringsPath(r.rings) }));

/** Country borders over the regions of a finer level, so the regions can be placed at a glance. */
export const BordersLayer = memo(function BordersLayer({ shapes }: { shapes: RegionShape[] }) {
  return (
    <g data-layer="borders" fill="none" stroke="#7b8594" strokeWidth={1} pointerEvents="none">
      {shapes.map((s) => (
        <path key={s.id} d={s.d} vectorEffect="non-scaling-stroke" />
      ))}
    </g>
  );
});

export const RegionsLayer = memo(function RegionsLayer({ shapes, fills, selected }: { shapes: RegionShape[]; fills: Map<string, string>; selected: string | undefined }) {
  return (
    <g data-layer="regions" fillRule="evenodd" stroke="#ffffff" strokeWidth={0.6} vectorEffect="non-scaling-stroke">
      {shapes.map((s) => (
        <path key={s.id} d={s.d} data-id={s.id} fill={fills.get(s.id)} vectorEffect="non-scaling-stroke" />
      ))}
      {selected && shapes.find((s) => s.id === selected) && (
        <path d={shapes.find((s) => s.id === selected)!.d} fill="none" stroke="#1d232b" strokeWidth={2.5} vectorEffect="non-scaling-stroke" pointerEvents="none" data-selected={selected} />
      )}
    </g>
  );
});
