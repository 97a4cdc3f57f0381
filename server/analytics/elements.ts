import { z } from 'zod';
import { edgeDataSchema, graphElementsSchema, nodeDataSchema } from '../../contract/graph.ts';

// The Cytoscape-shaped graph result of DESIGN.md ("API conventions"), as the analytics read it.
// Extra properties pass through untouched so callers can hand the same elements to the canvas.

export const elementsSchema = graphElementsSchema;
export { edgeDataSchema, nodeDataSchema };

export type NodeData = z.infer<typeof nodeDataSchema>;
export type EdgeData = z.infer<typeof edgeDataSchema>;
export type Elements = z.infer<typeof elementsSchema>;

/** Validates an untrusted graph result; throws a zod error naming the offending element. */
export function parseElements(input: unknown): Elements {
  return elementsSchema.parse(input);
}
