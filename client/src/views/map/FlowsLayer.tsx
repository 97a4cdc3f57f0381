import { memo } from 'react';
import type { RegionFlow } from '../../../../contract/index.ts';
import { flowPath, flowWidth } from './flows.ts';
import type { Point } from './projection.ts';

// Flows between regions: curved lines between their label points, width by weight.

export const FLOW_COLOUR = '#c2410c';

export const FlowsLayer = memo(function FlowsLayer({ flows, labels, tip }: { flows: RegionFlow[]; labels: Map<string, Point>; tip: (f: RegionFlow) => string }) {
  const max = Math.max(0, ...flows.map((f) => f.weight));
  return (
    <g data-layer="flows" fill="none" stroke={FLOW_COLOUR} strokeOpacity={0.6} strokeLinecap="round">
      {flows.map((f) => {
        const a = labels.get(f.a);
        const b = labels.get(f.b);
        if (!a || !b) return null;
        return (
          <path key={`${f.a}|${f.b}`} d={flowPath(a, b)} strokeWidth={flowWidth(f.weight, max)} vectorEffect="non-scaling-stroke" data-flow={`${f.a}|${f.b}`} data-weight={f.weight}>
            <title>{tip(f)}</title>
          </path>
        );
      })}
    </g>
  );
});
