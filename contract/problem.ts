import { z } from 'zod';

// Every error of the API is application/problem+json (RFC 9457). Problems may carry more members
// (a console refusal's rule and position, an import's report), so the object is loose.

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });

export const problemSchema = z.looseObject({
  /** The server always sends it ("about:blank"); RFC 9457 reads a missing one as that. */
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  /** One entry per wrong field of the request. */
  errors: z.array(fieldErrorSchema).optional(),
  /** The request id of the server's log line that has the details. */
  requestId: z.string().optional(),
});

export type Problem = z.infer<typeof problemSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;
