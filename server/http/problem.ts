import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { Busy, Conflict, DomainError, Invalid, NotFound, Refused, TimedOut, TooLarge, Unprocessable } from '../domain-errors.ts';

// Errors leave the server as application/problem+json (RFC 9457), never as a stack trace, and
// carry the request id of the log line that has the details.

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
  const requestId = res.getHeader('X-Request-Id');
  res
    .status(status)
    .type('application/problem+json')
    .json({ type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...extra, ...(typeof requestId === 'string' ? { requestId } : {}) });
}

export interface InputError {
  field: string;
  message: string;
}

/** Checks input with a zod schema: the data, or each field that is wrong. */
export function checkInput<T extends z.ZodType>(schema: T, value: unknown, where: string): { data: z.infer<T> } | { errors: InputError[] } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { data: parsed.data };
  return { errors: parsed.error.issues.map((i) => ({ field: i.path.join('.') || where, message: i.message })) };
}

/** The 400 naming each field that is wrong. */
export function invalidInput(errors: InputError[]): HttpProblem {
  return new HttpProblem(400, 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}

/** Parses input with a zod schema or answers 400 naming each field that is wrong. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const input = checkInput(schema, value, where);
  if ('errors' in input) throw invalidInput(input.errors);
  return input.data;
}

const KINDS: [new (...args: never[]) => DomainError, number, string][] = [
  [NotFound, 404, 'Not found'],
  [Invalid, 400, 'Invalid request'],
  [Refused, 403, 'Refused'],
  [Conflict, 409, 'Conflict'],
  [Unprocessable, 422, 'Cannot be processed'],
  [TooLarge, 413, 'Too large'],
  [TimedOut, 504, 'Timed out'],
  [Busy, 503, 'Busy'],
];

/** The problem a domain error answers: its kind's status, the field named in the detail and in `errors`. */
export function problemOf(err: DomainError): HttpProblem {
  const [, status, title] = KINDS.find(([kind]) => err instanceof kind) ?? [DomainError, 500, 'Internal error'];
  const detail = err.field ? `${err.field}: ${err.message}` : err.message;
  const errors = err.field ? { errors: [{ field: err.field, message: err.message }] } : {};
  return new HttpProblem(status, err.options.title ?? title, detail, { ...errors, ...err.options.extra });
}

export const notFound: RequestHandler = (req, res) => {
  sendProblem(res, 404, 'Not found', `no API endpoint ${req.method} ${req.originalUrl.split('?')[0]}`);
};

/** Seconds a client should wait before trying again while Neo4j is unreachable. */
export const RETRY_AFTER_S = 5;

export function sendUnavailable(res: Response): void {
  res.setHeader('Retry-After', String(RETRY_AFTER_S));
  sendProblem(res, 503, 'Database unavailable', 'Neo4j cannot be reached right now; try again shortly.');
}

/** Whether an error means Neo4j cannot be reached (as opposed to a bad query or a timeout). */
export function isUnreachable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  const message = err instanceof Error ? err.message : '';
  return /ServiceUnavailable|SessionExpired/.test(code) || (/Neo4jError/.test((err as Error | null)?.name ?? '') && /connect|ECONNREFUSED|ECONNRESET/i.test(message));
}

/** Whether Neo4j stopped a transaction at its memory limit (db.memory.transaction.max). */
export function isMemoryLimit(err: unknown): boolean {
  return /MemoryPoolOutOfMemoryError|OutOfMemoryError/.test((err as { code?: string } | null)?.code ?? '');
}

// Messages of body-parser and friends are written for clients; anything else stays in the log.
const clientMessage = (err: unknown) => ((err as { expose?: boolean }).expose ? (err as Error).message : undefined);

export function errorHandler(log: { error: (obj: object, msg: string) => void }, onUnreachable: () => void = () => {}): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (res.headersSent) return void res.end();
    if (err instanceof Busy) res.setHeader('Retry-After', String(err.retryAfterS));
    if (err instanceof DomainError) err = problemOf(err);
    if (err instanceof HttpProblem) return sendProblem(res, err.status, err.title, err.detail, err.extra);
    const status = (err as { status?: number; statusCode?: number }).status ?? (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return sendProblem(res, status, STATUS_CODES[status] ?? 'Bad request', clientMessage(err));
    }
    if (isUnreachable(err)) {
      onUnreachable();
      return sendUnavailable(res);
    }
    if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test((err as { code?: string }).code ?? '')) {
      return sendProblem(res, 504, 'Query timed out', 'The query took longer than the configured timeout.');
    }
    // Neo4j stopped the transaction at its memory limit (db.memory.transaction.max): the request
    // asked for more than this server allows, which a smaller scope or limit fixes.
    if (isMemoryLimit(err)) {
      return sendProblem(res, 422, 'Result too large', 'The answer needs more memory than the server allows per query (HELIX_NEO4J_TX_MEMORY); narrow the scope or lower the limit.');
    }
    log.error({ err }, 'request failed');
    return sendProblem(res, 500, 'Internal error', 'Something went wrong on the server; the log has the details.');
  };
}
