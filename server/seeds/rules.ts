import { RELATIONSHIPS, SAME_LABEL_TYPES, type NodeLabel, type RelType } from '../graph/model.ts';
import { canonicalEnds } from './fields.ts';

// The rules every graph written keeps, whether it comes from the seed files or from import files
// (server/seeds/validate.ts, server/importer/validate.ts): each check answers its problem in words.

export type End = 'from' | 'to';

export const allowedAt = (type: RelType, end: End): readonly NodeLabel[] => RELATIONSHIPS[type][end];

export const isAllowedAt = (type: RelType, end: End, label: NodeLabel): boolean => allowedAt(type, end).includes(label);

/** A link end at a node of a label the type does not allow (`found`), or at no node of one it does. */
export function wrongEnd(type: RelType, end: End, found?: { label: NodeLabel; id: string }): string {
  const allowed = allowedAt(type, end);
  const verb = end === 'from' ? 'start at' : 'end at';
  return found ? `${type} cannot ${verb} ${found.label} "${found.id}" (allowed: ${allowed.join(', ')})` : `${type} must ${verb} a ${allowed.join(' or ')}`;
}

/** PART_OF and the like join two nodes of one label; undefined when they do. */
export function mixedLabels(type: RelType, from: NodeLabel, to: NodeLabel): string | undefined {
  return SAME_LABEL_TYPES.includes(type) && from !== to ? `${type} joins nodes of one label, not ${from} and ${to}` : undefined;
}

export const duplicateId = (firstIn: string): string => `duplicate id, already in ${firstIn}`;

/**
 * One link of a type per pair of nodes (an undirected type: per pair in either direction).
 * Files can hold their links in any order, so every pair is kept. A connector that writes each
 * node's links together (`grouped`: the end, in canonical direction, whose links come one after
 * the other) needs only the current node's: memory grows with the nodes, not with the links.
 */
export class LinkPairs {
  private readonly seen = new Set<string>();
  /** Grouped: the nodes whose links are done, and the node whose links come now. */
  private readonly done = new Set<string>();
  private current: string | undefined;

  constructor(private readonly grouped?: End) {}

  /** Records the link; answers the problem when the pair already has one. */
  add(type: RelType, from: string, to: string): string | undefined {
    const [a, b] = canonicalEnds(type, from, to);
    if (this.grouped) {
      const [node, other] = this.grouped === 'from' ? [a, b] : [b, a];
      if (node !== this.current) {
        if (this.done.has(node)) return `the ${type} links of "${node}" are not all together (the import promised them grouped)`;
        if (this.current !== undefined) this.done.add(this.current);
        this.current = node;
        this.seen.clear();
      }
      if (this.seen.has(other)) return `duplicate ${type} link between "${from}" and "${to}"`;
      this.seen.add(other);
      return undefined;
    }
    const key = `${type}|${a}|${b}`;
    if (this.seen.has(key)) return `duplicate ${type} link between "${from}" and "${to}"`;
    this.seen.add(key);
    return undefined;
  }
}
