import type { Helix } from '../graph/model.ts';
import type { EdgeData, NodeData } from './elements.ts';
import type { AnalyticsGraph } from './graph.ts';

export const MAX_PATHS = 5;
export const MAX_HOPS = 6;

export interface PathOptions {
  /** How many paths, 1 … MAX_PATHS. Default 3. */
  k?: number;
  /** Longest path in hops, 1 … MAX_HOPS. Default MAX_HOPS. */
  maxHops?: number;
  /** Nodes a path may not pass through. Never applied to the two end points. */
  excludeNode?: (id: string, data: NodeData) => boolean;
  /** Original edges a path may not use; a merged pair stays usable while one of its edges is. */
  excludeEdge?: (edge: EdgeData) => boolean;
}

export interface GraphPath {
  /** Node ids from source to target. */
  nodes: string[];
  /** edges[i] holds the ids of the usable original edges joining nodes[i] and nodes[i + 1]. */
  edges: string[][];
  hops: number;
}

/** Exclude actors of the given helices (for `excludeNode`). */
export function avoidHelix(...helices: Helix[]): (id: string, data: NodeData) => boolean {
  return (_id, data) => data.helix !== undefined && helices.includes(data.helix);
}

/** Exclude every edge whose type is not one of `types` (for `excludeEdge`). */
export function onlyEdgeTypes(...types: string[]): (edge: EdgeData) => boolean {
  return (edge) => !types.includes(edge.type);
}

/**
 * The k shortest simple paths (by hops) from source to target, shortest first, by Yen's
 * algorithm (1971). Paths of equal length come in lexicographic order of their node ids, and
 * neighbours are explored in id order, so the answer does not depend on input order.
 */
export function kShortestPaths(
  graph: AnalyticsGraph,
  source: string,
  target: string,
  options: PathOptions = {},
): GraphPath[] {
  const k = options.k ?? 3;
  const maxHops = options.maxHops ?? MAX_HOPS;
  if (!Number.isInteger(k) || k < 1 || k > MAX_PATHS) throw new RangeError(`k must be a whole number from 1 to ${MAX_PATHS}`);
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw new RangeError(`maxHops must be a whole number from 1 to ${MAX_HOPS}`);
  }
  for (const end of [source, target]) {
    if (!graph.hasNode(end)) throw new Error(`node "${end}" is not in the graph`);
  }
  if (source === target) throw new Error('source and target are the same node');

  const usable = usableEdges(graph, options.excludeEdge);
  const excluded = new Set(
    options.excludeNode
      ? graph.filterNodes((id, data) => id !== source && id !== target && options.excludeNode!(id, data))
      : [],
  );
  const around = sortedNeighbours(graph);
  const search = (from: string, blockedNodes: Set<string>, blockedEdges: Set<string>, budget: number) =>
    shortestPath(around, from, target, budget, (v, key) => {
      if (excluded.has(v) || blockedNodes.has(v)) return false;
      return !blockedEdges.has(key) && usable(key).length > 0;
    });

  const first = search(source, new Set(), new Set(), maxHops);
  if (first === null) return [];
  const found: string[][] = [first];
  const candidates = new Map<string, string[]>();
  const keyOf = (path: string[]) => path.join('\u0000');
  const known = new Set([keyOf(first)]);

  while (found.length < k) {
    const previous = found[found.length - 1]!;
    for (let j = 0; j < previous.length - 1; j++) {
      const root = previous.slice(0, j + 1);
      const spur = root[j]!;
      // Block the next edge of every found path that shares this root, and the root itself,
      // so the spur search must leave the root in a new direction and stay simple.
      const blockedEdges = new Set<string>();
      for (const path of found) {
        if (path.length > j + 1 && root.every((id, i) => path[i] === id)) {
          blockedEdges.add(graph.edge(path[j], path[j + 1])!);
        }
      }
      const spurPath = search(spur, new Set(root.slice(0, -1)), blockedEdges, maxHops - j);
      if (spurPath === null) continue;
      const path = [...root.slice(0, -1), ...spurPath];
      const key = keyOf(path);
      if (!known.has(key)) {
        known.add(key);
        candidates.set(key, path);
      }
    }
    if (candidates.size === 0) break;
    const [bestKey, best] = [...candidates].reduce((a, b) =>
      b[1].length < a[1].length || (b[1].length === a[1].length && b[0] < a[0]) ? b : a,
    );
    candidates.delete(bestKey);
    found.push(best);
  }

  return found.map((nodes) => ({
    nodes,
    edges: nodes.slice(1).map((v, i) => usable(graph.edge(nodes[i], v)!)),
    hops: nodes.length - 1,
  }));
}

/** Memoised ids of the original edges of a merged edge that survive `excludeEdge`. */
function usableEdges(graph: AnalyticsGraph, excludeEdge?: (edge: EdgeData) => boolean): (key: string) => string[] {
  const cache = new Map<string, string[]>();
  return (key) => {
    let ids = cache.get(key);
    if (ids === undefined) {
      const members = graph.getEdgeAttribute(key, 'members');
      ids = members.filter((e) => !excludeEdge?.(e)).map((e) => e.id);
      cache.set(key, ids);
    }
    return ids;
  };
}

interface Neighbours {
  /** Neighbour ids in id order, and the key of the merged edge to each. */
  ids: string[];
  edges: string[];
}

/**
 * Memoised neighbours of a node in id order. Yen runs one search per node of every path found,
 * and each search may reach most of the graph: sorting once per node instead of once per visit
 * (and keeping the edge keys, instead of looking each pair up again) is most of its time.
 */
function sortedNeighbours(graph: AnalyticsGraph): (id: string) => Neighbours {
  const cache = new Map<string, Neighbours>();
  return (id) => {
    let found = cache.get(id);
    if (found === undefined) {
      const pairs: [string, string][] = [];
      graph.forEachEdge(id, (edge, _attrs, source, target) => {
        pairs.push([source === id ? target : source, edge]);
      });
      pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      found = { ids: pairs.map((p) => p[0]), edges: pairs.map((p) => p[1]) };
      cache.set(id, found);
    }
    return found;
  };
}

/** Breadth-first search for one shortest path of at most `budget` hops, or null. */
function shortestPath(
  around: (id: string) => Neighbours,
  from: string,
  to: string,
  budget: number,
  canStep: (v: string, edgeKey: string) => boolean,
): string[] | null {
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  for (let depth = 0; depth < budget && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const u of frontier) {
      const { ids, edges } = around(u);
      for (let i = 0; i < ids.length; i++) {
        const v = ids[i]!;
        if (parent.has(v) || !canStep(v, edges[i]!)) continue;
        parent.set(v, u);
        if (v === to) return unwind(parent, to);
        next.push(v);
      }
    }
    frontier = next;
  }
  return null;
}

function unwind(parent: Map<string, string | null>, end: string): string[] {
  const path: string[] = [];
  for (let at: string | null | undefined = end; at != null; at = parent.get(at)) path.unshift(at);
  return path;
}
