import type { RequestHandler } from 'express';
import { nestsDeeperThan } from '../../contract/index.ts';
import { HttpProblem } from './problem.ts';

/** Deeper than any answer of the contract nests (a graph posted to /api/metrics: 5 levels). */
export const MAX_JSON_DEPTH = 32;

/**
 * Refuses a JSON body nested more than MAX_JSON_DEPTH levels deep with a 400, before any handler
 * or schema walks it (a body of a few kilobytes can nest thousands of levels deep).
 */
export const refuseDeepJson: RequestHandler = (req, _res, next) => {
  if (nestsDeeperThan(req.body, MAX_JSON_DEPTH)) return next(new HttpProblem(400, 'Invalid request', `body: JSON nested more than ${MAX_JSON_DEPTH} levels deep`));
  next();
};
