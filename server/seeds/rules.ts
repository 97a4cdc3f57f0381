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

/** One link of a type per pair of nodes (an undirected type: per pair in either direction). */
export class LinkPairs {
  private readonly seen = new Set<string>();

  /** Records the link; answers the problem when the pair already has one. */
  add(type: RelType, from: string, to: string): string | undefined {
    const [a, b] = canonicalEnds(type, from, to);
    const key = `${type}|${a}|${b}`;
    if (this.seen.has(key)) return `duplicate ${type} link between "${from}" and "${to}"`;
    this.seen.add(key);
    return undefined;
  }
}
