import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { GraphDb } from '../db/graph-db.ts';

// The one import slot of a database, shared by every app instance (and CLI) on it: a lease on an
// (:ImportLock {id: 'import'}) node with an owner and an expiry, claimed in one MERGE-based write
// (cypher/queries/import-lock-claim.cypher). The holder renews it while it writes and deletes it
// when done; a holder that died stops renewing, and its lease can be taken over once it expires.

/** How long a lease lasts without renewal; the holder renews it every third of that. */
export const LEASE_MS = 60_000;

export type Claimed = { claimed: true; owner: string } | { claimed: false; owner: string; leftMs: number };

export class ImportLock {
  constructor(
    private readonly db: GraphDb,
    readonly leaseMs = LEASE_MS,
  ) {}

  /** Claims the lease for a new owner; answers who holds it when it is taken. */
  async claim(owner = `${os.hostname()}:${process.pid}:${randomUUID()}`): Promise<Claimed> {
    const [row] = await this.db.writeBookkeeping((w) => w.rows<{ owner: string; claimed: boolean; leftMs: number }>('import-lock-claim', { owner, leaseMs: this.leaseMs }));
    return row!.claimed ? { claimed: true, owner } : { claimed: false, owner: row!.owner, leftMs: Math.max(0, row!.leftMs) };
  }

  /** Extends the lease of `owner`; false when it no longer holds it. */
  async renew(owner: string): Promise<boolean> {
    return (await this.db.writeBookkeeping((w) => w.rows('import-lock-renew', { owner, leaseMs: this.leaseMs }))).length > 0;
  }

  async release(owner: string): Promise<void> {
    await this.db.writeBookkeeping((w) => w.rows('import-lock-release', { owner }));
  }
}
