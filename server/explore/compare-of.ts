import { COMPARE_LIST_MAX, HELICES, type ActorChange, type Compare, type SectorChange, type TieChange } from '../../contract/index.ts';
import { buildGraph, computeMetrics, helixStatistics } from '../analytics/index.ts';
import type { EdgeElement, NodeElement } from '../graph/elements.ts';
import { toAnalyticsElements } from './analytics-input.ts';
import type { ScopeGraph } from './scope.ts';

// One scope in two periods compared, as a pure function of the two scope graphs (run in the
// analysis pool: no Neo4j here). Figures come from the same analytics as the triple-helix view
// and the metrics of a scope.

export interface SectorWeight {
  a: string;
  b: string;
  aLabel: string;
  bLabel: string;
  weight: number;
}

export interface CompareInput {
  a: ScopeGraph;
  b: ScopeGraph;
  sectors: { a: SectorWeight[]; b: SectorWeight[] };
}

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const diff = (x: number | null, y: number | null) => (x === null || y === null ? null : y - x);

function analyse(g: ScopeGraph) {
  const graph = buildGraph(toAnalyticsElements(g));
  const report = helixStatistics(graph);
  const metrics = computeMetrics(graph);
  const ties = new Map<string, { source: string; target: string; weight: number }>();
  for (const e of g.edges) {
    const key = pairKey(e.data.source, e.data.target);
    const known = ties.get(key);
    const weight = (typeof e.data.weight === 'number' ? e.data.weight : 1) + (known?.weight ?? 0);
    ties.set(key, { source: e.data.source, target: e.data.target, weight });
  }
  return { report, metrics, ties };
}

/** The rising (largest increase first) and falling entries of a figure, at most COMPARE_LIST_MAX each. */
function moves(changes: ActorChange[]) {
  const rising = changes.filter((c) => c.change > 0).sort((x, y) => y.change - x.change || x.id.localeCompare(y.id));
  const falling = changes.filter((c) => c.change < 0).sort((x, y) => x.change - y.change || x.id.localeCompare(y.id));
  return { rising: rising.slice(0, COMPARE_LIST_MAX), falling: falling.slice(0, COMPARE_LIST_MAX) };
}

const list = (ties: TieChange[], by: (t: TieChange) => number) => ({
  count: ties.length,
  ties: [...ties].sort((x, y) => by(y) - by(x) || x.source.localeCompare(y.source) || x.target.localeCompare(y.target)).slice(0, COMPARE_LIST_MAX),
});

export function compareOf(input: CompareInput): Compare {
  const A = analyse(input.a);
  const B = analyse(input.b);
  const nodes = new Map<string, NodeElement>();
  for (const n of [...input.a.nodes, ...input.b.nodes]) nodes.set(n.data.id, n);
  const label = (id: string) => nodes.get(id)?.data.label ?? id;

  const gained: TieChange[] = [];
  const lost: TieChange[] = [];
  const strengthened: TieChange[] = [];
  const weakened: TieChange[] = [];
  let kept = 0;
  const edges: EdgeElement[] = [];
  for (const key of new Set([...A.ties.keys(), ...B.ties.keys()])) {
    const ta = A.ties.get(key);
    const tb = B.ties.get(key);
    const { source, target } = (ta ?? tb)!;
    const tie = { source, target, sourceLabel: label(source), targetLabel: label(target), a: ta?.weight ?? 0, b: tb?.weight ?? 0 };
    const change = !ta ? 'gained' : !tb ? 'lost' : 'kept';
    if (change === 'gained') gained.push(tie);
    else if (change === 'lost') lost.push(tie);
    else {
      kept++;
      if (tie.b > tie.a) strengthened.push(tie);
      if (tie.b < tie.a) weakened.push(tie);
    }
    edges.push({ data: { id: `${source}|COLLABORATES_WITH|${target}`, source, target, type: 'COLLABORATES_WITH', weight: Math.max(tie.a, tie.b), weightA: tie.a, weightB: tie.b, change } });
  }

  const actorChanges = (figure: (side: typeof A, id: string) => number | undefined) =>
    [...nodes.values()].map((n) => {
      const a = figure(A, n.data.id) ?? 0;
      const b = figure(B, n.data.id) ?? 0;
      return { id: n.data.id, label: n.data.label, ...(n.data.helix ? { helix: n.data.helix } : {}), a, b, change: b - a };
    });

  const sectorKey = (s: SectorWeight) => pairKey(s.a, s.b);
  const sa = new Map(input.sectors.a.map((s) => [sectorKey(s), s]));
  const sb = new Map(input.sectors.b.map((s) => [sectorKey(s), s]));
  const sectorChanges: SectorChange[] = [...new Set([...sa.keys(), ...sb.keys()])].map((key) => {
    const s = (sa.get(key) ?? sb.get(key))!;
    const weightA = sa.get(key)?.weight ?? 0;
    const weightB = sb.get(key)?.weight ?? 0;
    return { a: s.a, b: s.b, aLabel: s.aLabel, bLabel: s.bLabel, weightA, weightB, change: weightB - weightA };
  });
  const byChange = (x: SectorChange, y: SectorChange) => Math.abs(y.change) - Math.abs(x.change) || x.a.localeCompare(y.a) || x.b.localeCompare(y.b);

  const side = (g: ScopeGraph, s: typeof A) => ({
    period: g.scope.period ?? null,
    summary: { ...g.scope, edges: g.edges.length },
    stats: { actors: s.report.actors, matrix: s.report.ties, weightedMatrix: s.report.weightedTies, totals: s.report.totals, crossShare: s.report.totals.crossShare, ei: s.report.eiIndex },
  });
  const matrixDiff = (x: Compare['a']['stats']['matrix'], y: Compare['a']['stats']['matrix']) =>
    Object.fromEntries(HELICES.map((h) => [h, Object.fromEntries(HELICES.map((k) => [k, y[h][k] - x[h][k]]))])) as Compare['difference']['matrix'];

  return {
    scope: { scope: input.a.scope.scope, id: input.a.scope.id },
    a: side(input.a, A),
    b: side(input.b, B),
    difference: {
      matrix: matrixDiff(A.report.ties, B.report.ties),
      weightedMatrix: matrixDiff(A.report.weightedTies, B.report.weightedTies),
      crossShare: diff(A.report.totals.crossShare, B.report.totals.crossShare),
      ei: diff(A.report.eiIndex.overall, B.report.eiIndex.overall),
    },
    ties: {
      gained: list(gained, (t) => t.b),
      lost: list(lost, (t) => t.a),
      strengthened: list(strengthened, (t) => t.b - t.a),
      weakened: list(weakened, (t) => t.a - t.b),
      kept,
    },
    actors: {
      degree: moves(actorChanges((s, id) => s.metrics.nodes[id]?.degree)),
      betweenness: moves(actorChanges((s, id) => s.metrics.nodes[id]?.betweenness)),
      brokerage: moves(actorChanges((s, id) => s.report.brokerage.byActor[id]?.total)),
    },
    sectors: {
      grew: sectorChanges.filter((c) => c.change > 0).sort(byChange).slice(0, COMPARE_LIST_MAX),
      shrank: sectorChanges.filter((c) => c.change < 0).sort(byChange).slice(0, COMPARE_LIST_MAX),
    },
    elements: { nodes: [...nodes.values()], edges },
  };
}
