import type { GraphDb } from '../db/graph-db.ts';
import { Conflict } from '../domain-errors.ts';
import { ImportLock } from './import-lock.ts';

// One import writes at a time: two concurrent all-or-nothing transactions would only wait on
// each other's locks. The claim is taken before the files are validated: first this process's
// slot, checked and taken with no await in between (so two requests cannot both pass), then the
// database's lease (import-lock.ts), so another app instance cannot start one either. It is
// given back when the import is refused, was a dry run, or its job ends.

export interface ImportClaim {
  /** Names the job now writing under the claim, for the 409 of the next request. */
  describe(what: string): void;
  release(): Promise<void>;
}

interface Held {
  what: string;
  release(): Promise<void>;
}

/** What holds this process's slot, if anything. */
let held: Held | undefined;

const busy = (detail: string) => new Conflict(undefined, detail, { title: 'An import is running' });

/** Claims the import slot, in this process and in the database; throws Conflict (409) when taken. */
export async function claimImport(db: GraphDb, lock = new ImportLock(db)): Promise<ImportClaim> {
  if (held) throw busy(`${held.what} is still running; only one import runs at a time, try again when it is done`);
  const mine: Held = { what: 'another import', release: async () => {} };
  held = mine;
  let claimed;
  try {
    claimed = await lock.claim();
  } catch (err) {
    held = undefined;
    throw err;
  }
  if (!claimed.claimed) {
    held = undefined;
    throw busy(`another app instance on this database is importing (${claimed.owner}); its lease runs ${Math.ceil(claimed.leftMs / 1000)} s more unless renewed; try again when it is done`);
  }
  const { owner } = claimed;
  // Renewed while the import writes; an import longer than the lease keeps it this way.
  const heartbeat = setInterval(() => void lock.renew(owner).catch(() => {}), lock.leaseMs / 3);
  heartbeat.unref();
  let released: Promise<void> | undefined;
  mine.release = () =>
    (released ??= (async () => {
      clearInterval(heartbeat);
      if (held === mine) held = undefined;
      // When Neo4j is gone the lease simply expires.
      await lock.release(owner).catch(() => {});
    })());
  return {
    describe: (what) => void (mine.what = what),
    release: () => mine.release(),
  };
}

/** At shutdown: stops the heartbeat and gives the lease back (another instance need not wait for it to expire). */
export async function releaseImportClaim(): Promise<void> {
  await held?.release();
}
