import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { sendProblem } from './problem.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Write endpoints need `Authorization: Bearer <HELIX_API_TOKEN>`, compared in constant time;
 * with no token configured they are off entirely.
 */
export function requireToken(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return (req, res, next) => {
    if (!expected) {
      return sendProblem(res, 403, 'Write endpoints are off', 'This server has no HELIX_API_TOKEN configured, so it accepts no writes.');
    }
    const match = /^Bearer (.+)$/.exec(req.get('authorization') ?? '');
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return sendProblem(res, 401, 'Unauthorized', 'This endpoint needs the header Authorization: Bearer <HELIX_API_TOKEN>.');
    }
    next();
  };
}
