import { componentsOf, type Adjacency } from './adjacency.ts';
import { sampleWithoutReplacement } from './random.ts';

export interface SampledCentrality {
  /** Normalised betweenness estimates, by node index. */
  betweenness: Float64Array;
  /** Closeness estimates (Wasserman–Faust, as the exact path), by node index. */
  closeness: Float64Array;
  /** Number of pivot sources actually used. */
  pivots: number;
  /** Per node, the sum of the squares of each pivot's (normalised) contribution to its betweenness: with `nodePivots`, its sampling error. */
  squares: Float64Array;
  /** Per node, the pivots drawn in its component. */
  nodePivots: Int32Array;
}

/**
 * Betweenness and closeness from breadth-first searches out of k pivot sources instead of all
 * n (Brandes & Pich 2007 for betweenness, Eppstein & Wang 2004 for closeness). Shortest paths
 * never leave a component, so pivots are drawn per component in proportion to its size (at
 * least one per component; both nodes of a pair), and each component's sums are scaled up by
 * the share of it that was sampled, which keeps the estimates unbiased. Hop distances, as the
 * exact path. With k ≥ n every node is a pivot and the result is exact.
 */
export function sampledCentrality(adj: Adjacency, k: number, random: () => number): SampledCentrality {
  const sampler = centralitySampler(adj);
  sampler.draw(k, random);
  return sampler.result();
}

/** Pivots drawn in batches: each batch tops the sample up to what one sample of its k would be. */
export interface CentralitySampler {
  /** Draws more pivots, without drawing one twice, until each component has the pivots a sample of k gives it. */
  draw(k: number, random: () => number): void;
  /** The estimates from every pivot drawn so far. */
  result(): SampledCentrality;
}

/**
 * sampledCentrality whose sample can grow: a pilot's searches count in the final sample instead
 * of being run again (the whole-graph job sizes its sample from a pilot). A sample drawn as a
 * pilot then topped up without repeats is a uniform sample of its final size, as one draw is.
 */
export function centralitySampler(adj: Adjacency): CentralitySampler {
  const n = adj.ids.length;
  // per node, sums of the pivots' dependencies on it, unscaled, and of their squares
  const dependency = new Float64Array(n);
  const dependencySquares = new Float64Array(n);
  const pivotDistanceSum = new Float64Array(n);
  const ownDistanceSum = new Float64Array(n).fill(-1);
  const components = componentsOf(adj);
  const drawn = new Int32Array(components.length);
  const search = createSearch(adj);
  const delta = new Float64Array(n);
  let pivots = 0;
  const quotaOf = (k: number, size: number) => (size < 3 ? size : Math.min(size, Math.ceil((k * size) / n)));

  const draw = (k: number, random: () => number): void => {
    components.forEach((component, c) => {
      const more = quotaOf(k, component.length) - drawn[c]!;
      if (component.length < 2 || more <= 0) return;
      const candidates = drawn[c] === 0 ? component : component.filter((v) => ownDistanceSum[v]! < 0);
      drawn[c]! += more;
      for (const source of sampleWithoutReplacement(candidates, more, random)) {
        pivots++;
        const { order, reached, distance, sigma } = search(source);
        let total = 0;
        // Dependency accumulation in reverse BFS order; predecessors of w are the neighbours one
        // hop closer to the source, found again here rather than stored during the search.
        for (let i = reached - 1; i >= 0; i--) {
          const w = order[i]!;
          const dw = distance[w]!;
          total += dw;
          pivotDistanceSum[w]! += dw;
          const coefficient = (1 + delta[w]!) / sigma[w]!;
          for (let j = adj.starts[w]!; j < adj.starts[w + 1]!; j++) {
            const v = adj.neighbors[j]!;
            if (distance[v] === dw - 1) delta[v]! += sigma[v]! * coefficient;
          }
          if (w !== source) {
            dependency[w]! += delta[w]!;
            dependencySquares[w]! += delta[w]! ** 2;
          }
        }
        for (let i = 0; i < reached; i++) delta[order[i]!] = 0;
        ownDistanceSum[source] = total;
      }
    });
  };

  const result = (): SampledCentrality => {
    const betweennessScale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
    const betweenness = new Float64Array(n);
    const squares = new Float64Array(n);
    const closeness = new Float64Array(n);
    const componentPivots = new Int32Array(n);
    components.forEach((component, c) => {
      const size = component.length;
      // pairs and lone nodes count their quota as drawn (searching them would find nothing)
      const quota = size < 2 ? size : drawn[c]!;
      const scale = quota > 0 ? size / quota : 0;
      for (const v of component) {
        componentPivots[v] = quota;
        betweenness[v] = scale * dependency[v]! * betweennessScale;
        squares[v] = scale * scale * dependencySquares[v]! * betweennessScale * betweennessScale;
        const reach = size - 1;
        if (reach === 0 || quota === 0) continue;
        // A pivot knows its exact distance sum. For any other node the pivots are a uniform sample
        // of the rest of its component, so the mean distance to them estimates the mean distance.
        const sum = ownDistanceSum[v]! >= 0 ? ownDistanceSum[v]! : (pivotDistanceSum[v]! * reach) / quota;
        closeness[v] = (reach / sum) * (reach / (n - 1));
      }
    });
    return { betweenness, closeness, pivots, squares, nodePivots: componentPivots };
  };

  return { draw, result };
}

interface Search {
  /** Reached nodes in BFS order: order[0 … reached - 1]. */
  order: Int32Array;
  reached: number;
  /** Hops from the source; -1 when unreached. */
  distance: Int32Array;
  /** Number of shortest paths from the source. */
  sigma: Float64Array;
}

/**
 * Unweighted single-source shortest paths with path counts (Brandes 2001). The arrays are
 * reused between calls and only the entries of the previous search are reset, so a search
 * costs O(reached nodes + their edges), not O(n).
 */
function createSearch(adj: Adjacency): (source: number) => Search {
  const n = adj.ids.length;
  const order = new Int32Array(n);
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  let reached = 0;
  return (source) => {
    for (let i = 0; i < reached; i++) {
      distance[order[i]!] = -1;
      sigma[order[i]!] = 0;
    }
    order[0] = source;
    reached = 1;
    distance[source] = 0;
    sigma[source] = 1;
    for (let head = 0; head < reached; head++) {
      const v = order[head]!;
      const next = distance[v]! + 1;
      for (let j = adj.starts[v]!; j < adj.starts[v + 1]!; j++) {
        const w = adj.neighbors[j]!;
        if (distance[w] === -1) {
          distance[w] = next;
          order[reached++] = w;
        }
        if (distance[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    return { order, reached, distance, sigma };
  };
}
