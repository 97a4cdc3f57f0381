import type { RequestHandler } from 'express';
import type { GraphDb } from '../db/graph-db.ts';
import { sendUnavailable } from './problem.ts';

export interface Availability {
  /** Whether Neo4j answered the last time anyone asked. */
  readonly up: boolean;
  /** Called when a request found Neo4j unreachable: requests answer 503 until a probe gets through. */
  markDown(): void;
  /** Answers 503 with Retry-After while Neo4j is down, instead of waiting for the driver to give up. */
  gate: RequestHandler;
  stop(): void;
}

/**
 * Tracks whether Neo4j is reachable. Once a request finds it gone, the others answer 503 at once,
 * and a probe every `probeMs` lets them through again as soon as it is back.
 */
export function trackAvailability(db: GraphDb, probeMs = 1000): Availability {
  let up = true;
  let timer: NodeJS.Timeout | undefined;
  let probing = false;
  const probe = async () => {
    if (probing) return;
    probing = true;
    try {
      await db.verify();
      up = true;
      clearInterval(timer);
      timer = undefined;
    } catch {
      // still down: the next tick tries again
    } finally {
      probing = false;
    }
  };
  const availability: Availability = {
    get up() {
      return up;
    },
    markDown() {
      up = false;
      if (!timer) {
        timer = setInterval(() => void probe(), probeMs);
        timer.unref();
      }
    },
    gate: (_req, res, next) => (up ? next() : sendUnavailable(res)),
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
  return availability;
}
