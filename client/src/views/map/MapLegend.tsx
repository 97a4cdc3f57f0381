import type { Overlays } from './camera.ts';
import { classRanges, NO_VALUE, PALETTE, type Classes } from './classes.ts';
import { FLOW_COLOUR } from './FlowsLayer.tsx';

// The legend and the attribution, drawn inside the map's SVG in screen pixels so that an export
// carries them: the measure with its classes, the colour of regions without actors, and the flows.

export interface LegendText {
  title: string;
  classesNote: string;
  /** The filters in force (sector, helices), on a line of their own so an export says what it shows. */
  filter?: string | undefined;
  noActors: string;
  /** Two lines: what the width shows, and how many flows are drawn. */
  flows?: [string, string] | undefined;
  attribution: string;
  range: (from: number, to: number, last: boolean) => string;
}

const ROW = 18;
const WIDTH = 270;
const LEFT = 12;
const BELOW = 28;
const boxHeightOf = (classes: number, flows: boolean, filter: boolean) => (filter ? 57 : 42) + 2 + (classes + 1 + (flows ? 2 : 0)) * ROW;

/** The room the legend (at its largest: every class, flows and a filter line) and the buttons and attribution take, which the camera keeps the regions out of. */
export const MAP_OVERLAYS: Overlays = {
  legend: { width: LEFT + WIDTH + 8, height: boxHeightOf(PALETTE.length, true, true) + BELOW + 8 },
  top: 48,
  bottom: 28,
};

export function MapLegend({ classes, text, height, width }: { classes: Classes; text: LegendText; height: number; width: number }) {
  const ranges = classRanges(classes);
  const top = text.filter ? 42 + 15 : 42;
  const boxHeight = boxHeightOf(ranges.length, !!text.flows, !!text.filter);
  return (
    <g data-layer="legend" fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" fontSize={12} fill="#1d232b">
      <g transform={`translate(${LEFT} ${height - boxHeight - BELOW})`} data-testid="map-legend">
        <rect width={WIDTH} height={boxHeight} rx={6} fill="#ffffff" fillOpacity={0.92} stroke="#d3d9e0" />
        <text x={10} y={18} fontWeight={600}>
          {text.title}
        </text>
        <text x={10} y={33} fontSize={11} fill="#4c5561">
          {text.classesNote}
        </text>
        {text.filter && (
          <text x={10} y={48} fontSize={11} fill="#1d232b" data-testid="map-legend-filter">
            {text.filter.length > 46 ? `${text.filter.slice(0, 45)}…` : text.filter}
            <title>{text.filter}</title>
          </text>
        )}
        {ranges.map((r, i) => (
          <g key={r.colour + i} transform={`translate(10 ${top + i * ROW})`} data-class={i}>
            <rect width={22} height={13} fill={r.colour} stroke="#aab2bd" strokeWidth={0.5} />
            <text x={30} y={11}>
              {text.range(r.from, r.to, i === ranges.length - 1)}
            </text>
          </g>
        ))}
        <g transform={`translate(10 ${top + ranges.length * ROW})`}>
          <rect width={22} height={13} fill={NO_VALUE} stroke="#aab2bd" strokeWidth={0.5} />
          <text x={30} y={11}>
            {text.noActors}
          </text>
        </g>
        {text.flows && (
          <g transform={`translate(10 ${top + (ranges.length + 1) * ROW})`}>
            <line x1={0} x2={22} y1={7} y2={7} stroke={FLOW_COLOUR} strokeWidth={4} strokeLinecap="round" />
            <text x={30} y={11}>
              {text.flows[0]}
            </text>
            <text x={30} y={11 + ROW} fontSize={11} fill="#4c5561">
              {text.flows[1]}
            </text>
          </g>
        )}
      </g>
      <g transform={`translate(${width - 8} ${height - 8})`}>
        <rect x={-Math.min(width - 16, text.attribution.length * 6 + 12)} y={-16} width={Math.min(width - 16, text.attribution.length * 6 + 12)} height={20} fill="#ffffff" fillOpacity={0.85} rx={3} />
        <text textAnchor="end" x={-6} y={-2} fontSize={11} fill="#4c5561" data-testid="map-attribution">
          {text.attribution}
        </text>
      </g>
    </g>
  );
}
