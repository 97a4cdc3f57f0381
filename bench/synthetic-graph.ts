// Synthetic collaboration networks for the benchmarks (analytics, client-draw): one generator, so
// the server's metrics and the browser's drawing are measured on the same kind of graph.
import { seededRandom } from '../server/analytics/random.ts';
import { HELICES, type Helix } from '../server/graph/model.ts';

export interface SyntheticGraph {
  nodes: { data: { id: string; label: string; type: 'Actor'; helix: Helix; kind: string } }[];
  edges: { data: { id: string; source: string; target: string; type: 'COLLABORATES_WITH'; weight: number } }[];
  summary: { nodes: number; edges: number; truncated: false };
}

export interface SyntheticOptions {
  nodes: number;
  /** Links per node (default 4): 1,000 nodes get 4,000 links. */
  edgesPerNode?: number;
  seed?: number;
}

// Shares of the helices among actors, roughly those of the Belgian CORDIS extract (mostly firms).
const HELIX_SHARES: [Helix, number, string][] = [
  ['industry', 0.5, 'company'],
  ['academia', 0.2, 'university'],
  ['government', 0.15, 'government_body'],
  ['intermediary', 0.1, 'cluster_organisation'],
  ['civil_society', 0.05, 'federation'],
];
const COMMUNITY = 50;
const LOCAL_SHARE = 0.3;

/**
 * Actors with heavy-tailed degrees, as in real collaboration data: one end of each link is drawn
 * with a mild skew, the other as floor(n · u³), which gives node rank r an expected degree
 * ∝ r^(-2/3), i.e. a power-law tail with exponent about 2.5 (a few hubs with hundreds of links,
 * most actors with a handful). 30 % of the links stay inside blocks of 50 actors, so there are
 * triangles and communities for clustering and Louvain to find. Ranks are shuffled over the ids,
 * so hubs are not the first nodes in input order. Deterministic for a given seed.
 */
export function syntheticGraph({ nodes: n, edgesPerNode = 4, seed = 42 }: SyntheticOptions): SyntheticGraph {
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError('nodes must be a whole number ≥ 2');
  const target = Math.min(Math.round(n * edgesPerNode), (n * (n - 1)) / 2);
  const rnd = seededRandom(seed);
  const id = shuffledIds(n, rnd);
  const nodes = Array.from({ length: n }, (_, i) => {
    const [helix, kind] = helixAt(i);
    return { data: { id: id[i]!, label: `Actor ${i}`, type: 'Actor' as const, helix, kind } };
  });
  const edges: SyntheticGraph['edges'] = [];
  const seen = new Set<number>();
  // Bounded: the duplicate rate stays low far below the complete graph, and the cap is generous.
  for (let attempt = 0; edges.length < target && attempt < 50 * target; attempt++) {
    const a = Math.floor(n * rnd() ** 1.5);
    const b = rnd() < LOCAL_SHARE ? localPartner(a, n, rnd) : Math.floor(n * rnd() ** 3);
    if (a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ data: { id: `${id[a]}|COLLABORATES_WITH|${id[b]}`, source: id[a]!, target: id[b]!, type: 'COLLABORATES_WITH', weight: 1 + Math.floor(rnd() * 5) } });
  }
  return { nodes, edges, summary: { nodes: n, edges: edges.length, truncated: false } };
}

/** Node ids in a seeded random order of ranks, so id order says nothing about degree. */
function shuffledIds(n: number, rnd: () => number): string[] {
  const ids = Array.from({ length: n }, (_, i) => `Actor:a${i}`);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids;
}

/** The helix of rank i: golden-ratio steps give every helix its share of each degree range. */
function helixAt(i: number): [Helix, string] {
  const u = (i * 0.6180339887498949) % 1;
  let acc = 0;
  for (const [helix, share, kind] of HELIX_SHARES) {
    acc += share;
    if (u < acc) return [helix, kind];
  }
  return [HELICES[0], 'government_body'];
}

function localPartner(a: number, n: number, rnd: () => number): number {
  const start = a - (a % COMMUNITY);
  return Math.min(n - 1, start + Math.floor(rnd() * COMMUNITY));
}
