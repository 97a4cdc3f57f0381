import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { z } from 'zod';

// Errors leave the server as application/problem+json (RFC 9457), never as a stack trace.

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

export function sendProblem(res: Response, status: number, title: string, detail?: string, extra: Record<string, unknown> = {}): void {
  res
    .status(status)
    .type('application/problem+json')
    .json({ type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...extra });
}

/** Parses input with a zod schema or answers 400 naming each field that is wrong. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({ field: i.path.join('.') || where, message: i.message }));
  throw new HttpProblem(400, 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}

export const notFound: RequestHandler = (req, res) => {
  sendProblem(res, 404, 'Not found', `no API endpoint ${req.method} ${req.originalUrl.split('?')[0]}`);
};

export function errorHandler(log: { error: (obj: object, msg: string) => void }): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (err instanceof HttpProblem) return sendProblem(res, err.status, err.title, err.detail, err.extra);
    const status = (err as { status?: number; statusCode?: number }).status ?? (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return sendProblem(res, status, 'Bad request', (err as Error).message);
    }
    const code = (err as { code?: string }).code ?? '';
    if (/ServiceUnavailable|SessionExpired/.test(code) || (err as Error).name === 'Neo4jError' && /connect/i.test((err as Error).message)) {
      res.setHeader('Retry-After', '5');
      return sendProblem(res, 503, 'Database unavailable', 'Neo4j cannot be reached right now; try again shortly.');
    }
    if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(code)) {
      return sendProblem(res, 504, 'Query timed out', 'The query took longer than the configured timeout.');
    }
    log.error({ err }, 'request failed');
    return sendProblem(res, 500, 'Internal error', 'Something went wrong on the server; the log has the details.');
  };
}
