import { z } from 'zod';
import { HELICES } from '../graph/model.ts';

// The Cytoscape-shaped graph result of DESIGN.md ("API conventions"), as the analytics read it.
// Extra properties pass through untouched so callers can hand the same elements to the canvas.

export const nodeDataSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string(),
  /** The node label in the graph schema (Actor, Sector, …). */
  type: z.string().min(1),
  helix: z.enum(HELICES).optional(),
});

export const edgeDataSchema = z.looseObject({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  /** The relationship type (COLLABORATES_WITH, MEMBER_OF, …). */
  type: z.string().min(1),
  // Zero or negative strengths would make PageRank's transition probabilities undefined.
  weight: z.number().positive().finite().optional(),
});

export const elementsSchema = z.object({
  nodes: z.array(z.object({ data: nodeDataSchema })),
  edges: z.array(z.object({ data: edgeDataSchema })),
});

export type NodeData = z.infer<typeof nodeDataSchema>;
export type EdgeData = z.infer<typeof edgeDataSchema>;
export type Elements = z.infer<typeof elementsSchema>;

/** Validates an untrusted graph result; throws a zod error naming the offending element. */
export function parseElements(input: unknown): Elements {
  return elementsSchema.parse(input);
}
