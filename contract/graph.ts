import { z } from 'zod';
import { helixSchema } from './enums.ts';

// The one graph shape of the API (DESIGN.md, "API conventions"), handed by the client straight to
// Cytoscape. A node's and a link's other properties pass through, so the schemas are loose
// objects: the named fields are checked, the rest is the node's own data.

export const nodeDataSchema = z.looseObject({
  /** The element id, "Label:key". */
  id: z.string().min(1),
  /** The node's name (or its key when it has none). */
  label: z.string(),
  /** The node label in the graph schema (Actor, Sector, …). */
  type: z.string().min(1),
  /** The node's id property. */
  key: z.string().optional(),
  helix: helixSchema.optional(),
  kind: z.string().optional(),
  nameEn: z.string().optional(),
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

export const nodeElementSchema = z.object({ data: nodeDataSchema });
export const edgeElementSchema = z.object({ data: edgeDataSchema });

export const graphElementsSchema = z.object({
  nodes: z.array(nodeElementSchema),
  edges: z.array(edgeElementSchema),
});

export type NodeData = z.infer<typeof nodeDataSchema>;
export type EdgeData = z.infer<typeof edgeDataSchema>;
export type NodeElement = z.infer<typeof nodeElementSchema>;
export type EdgeElement = z.infer<typeof edgeElementSchema>;
export type GraphElements = z.infer<typeof graphElementsSchema>;
