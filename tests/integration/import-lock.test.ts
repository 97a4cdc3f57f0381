import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { claimImport } from '../../server/importer/import-claim.ts';
import { ImportLock } from '../../server/importer/import-lock.ts';
import { testDb } from '../support/db.ts';

// Two app instances on one Neo4j: each has its own driver (GraphDb); the import lease in the
// database lets only one of them import at a time.

describe('the import lease shared by app instances', () => {
  let first: GraphDb;
  let second: GraphDb;
  beforeAll(async () => {
    first = testDb();
    second = testDb();
    await applySchema(first);
    await first.writeCypher('MATCH (l:ImportLock) DELETE l');
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('a second instance cannot claim while the first holds the lease, and can once it is released', async () => {
    // The first instance's lease, taken as its import starts.
    const lease = await new ImportLock(first).claim();
    expect(lease.claimed).toBe(true);
    // The second instance, starting an import of its own, is refused with the reason.
    await expect(claimImport(second)).rejects.toThrow(/another app instance on this database is importing .*its lease runs \d+ s more/);
    expect(await new ImportLock(second).claim()).toMatchObject({ claimed: false, owner: lease.owner });
    await new ImportLock(first).release(lease.owner);
    expect(await first.read('MATCH (l:ImportLock) RETURN l')).toEqual([]);
    const now = await claimImport(second);
    // Within one process the slot is taken before the database is asked.
    await expect(claimImport(first)).rejects.toThrow(/only one import runs at a time/);
    await now.release();
    expect(await first.read('MATCH (l:ImportLock) RETURN l')).toEqual([]);
  });

  it('of many claims at the same moment from two instances, exactly one gets the lease', async () => {
    const locks = [first, second].map((db) => new ImportLock(db));
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => locks[i % 2]!.claim()));
    const winners = results.filter((r) => r.claimed);
    expect(winners).toHaveLength(1);
    expect(new Set(results.map((r) => r.owner))).toEqual(new Set([winners[0]!.owner]));
    await locks[0]!.release(winners[0]!.owner);
  });

  it('a lease its holder stopped renewing (the instance died) is taken over once it expires', async () => {
    const dead = await new ImportLock(first, 50).claim();
    expect(dead.claimed).toBe(true);
    const lock = new ImportLock(second);
    await expect.poll(async () => (await lock.claim()).claimed, { timeout: 10_000, interval: 100 }).toBe(true);
    // The dead holder can no longer renew what it lost.
    expect(await new ImportLock(first).renew(dead.owner)).toBe(false);
    await second.writeCypher('MATCH (l:ImportLock) DELETE l');
  });
});
