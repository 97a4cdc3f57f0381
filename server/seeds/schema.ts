import { z } from 'zod';
import { RELATIONSHIPS, type NodeLabel, type RelType } from '../graph/model.ts';
import {
  DOCUMENT_FIELDS,
  LABEL_FIELDS,
  LINK_BASE_FIELDS,
  LINK_PROP_FIELDS,
  LINK_PROPS,
  NODE_BASE_FIELDS,
  idSchema,
  requireReason,
  text,
  type LinkProp,
} from './fields.ts';

// Shapes of the files in seeds/, composed from the shared field definitions in fields.ts.
// Types are inferred from these schemas, never written twice.

export { idSchema, LINK_PROPS };

export const mentionSchema = z.strictObject({
  doc: idSchema,
  section: text,
  quote: text,
});

const nodeBase = {
  ...NODE_BASE_FIELDS,
  mentions: z.array(mentionSchema).min(1, 'every record cites at least one source document'),
};

export const documentSchema = z.strictObject(DOCUMENT_FIELDS);
export const actorSchema = z.strictObject({ ...nodeBase, ...LABEL_FIELDS.Actor });
export const sectorSchema = z.strictObject({ ...nodeBase, ...LABEL_FIELDS.Sector });
export const technologySchema = z.strictObject({ ...nodeBase, ...LABEL_FIELDS.Technology });
export const regionSchema = z.strictObject({ ...nodeBase, ...LABEL_FIELDS.Region });
export const policySchema = z.strictObject({ ...nodeBase, ...LABEL_FIELDS.Policy });
export const projectSchema = z.strictObject({ ...nodeBase, ...LABEL_FIELDS.Project });
export const observationSchema = z.strictObject({ ...nodeBase, ...LABEL_FIELDS.Observation });

const linkTypes = Object.keys(RELATIONSHIPS).filter(
  (t) => !['MENTIONED_IN', 'OF_SECTOR', 'IN_REGION'].includes(t),
) as [RelType, ...RelType[]];

export const linkSchema = z
  .strictObject({
    type: z.enum(linkTypes),
    from: idSchema,
    to: idSchema,
    ...LINK_BASE_FIELDS,
    ...LINK_PROP_FIELDS,
  })
  .superRefine((link, ctx) => {
    const allowed = new Set<string>(LINK_PROPS[link.type] ?? []);
    for (const key of Object.keys(LINK_PROP_FIELDS) as LinkProp[]) {
      if (link[key] !== undefined && !allowed.has(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `is not a property of ${link.type}` });
      }
    }
    requireReason('link', link, ctx);
  });

export type SeedDocument = z.infer<typeof documentSchema>;
export type SeedLink = z.infer<typeof linkSchema>;
export type Mention = z.infer<typeof mentionSchema>;

/** The node files of seeds/ and the label their records get. */
export const NODE_FILES = {
  'documents.json': { label: 'Document', schema: documentSchema },
  'actors.json': { label: 'Actor', schema: actorSchema },
  'sectors.json': { label: 'Sector', schema: sectorSchema },
  'technologies.json': { label: 'Technology', schema: technologySchema },
  'regions.json': { label: 'Region', schema: regionSchema },
  'policies.json': { label: 'Policy', schema: policySchema },
  'projects.json': { label: 'Project', schema: projectSchema },
  'observations.json': { label: 'Observation', schema: observationSchema },
} as const satisfies Record<string, { label: NodeLabel; schema: z.ZodType }>;

export type NodeFile = keyof typeof NODE_FILES;
