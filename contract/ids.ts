import { z } from 'zod';
import { NODE_LABELS, type NodeLabel } from './enums.ts';

// Nodes are named in the API by their element id "Label:key" (Actor:imec).

const pattern = new RegExp(`^(${NODE_LABELS.join('|')}):[^\\s:][^\\s]{0,199}$`);

export const nodeIdSchema = z.string().max(240).regex(pattern, 'must be a node id such as Actor:imec (a label of the schema, a colon and the node key)');

/** A node id of one label only, e.g. Sector:sector-chemistry. */
export const nodeIdOf = (label: NodeLabel) =>
  z.string().max(240).regex(new RegExp(`^${label}:[^\\s:][^\\s]{0,199}$`), `must be a ${label} id such as ${label}:some-key`);

export function splitNodeId(id: string): { label: NodeLabel; key: string } {
  const at = id.indexOf(':');
  return { label: id.slice(0, at) as NodeLabel, key: id.slice(at + 1) };
}

/** A comma-separated query parameter ("Actor,Sector") read as a bounded list of `item`. */
export function csvList<T extends z.ZodType<string, string>>(item: T, max: number) {
  return z
    .string()
    .max(max * 250)
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item).max(max));
}

/** A whole number given in the query string, within bounds. */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A query string without parameters. */
export const noQuery = z.strictObject({});
