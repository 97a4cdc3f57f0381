import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDb } from '../../server/db/graph-db.ts';
import type { QueryRef, Reader, Row } from '../../server/db/rows.ts';
import { applySchema } from '../../server/db/schema.ts';
import { ImportValidationError, runImport } from '../../server/importer/run.ts';
import { filesFromPaths, sourcesFor } from '../../server/importer/sources.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { testDb, wipe } from '../support/db.ts';

// The recovery before an import (undoing a staged import a crash left unfinished) runs while the
// files are read, but validation must not look anything up in the graph before it is done: a
// link to a node that only the unfinished import created is refused, as that node is undone.

/** A GraphDb whose recovery query waits until the graph is first read otherwise (or, when nothing does, a while). */
class LateRecovery extends GraphDb {
  private release!: () => void;
  private readonly released = new Promise<void>((resolve) => {
    this.release = resolve;
    setTimeout(resolve, 5_000).unref();
  });

  override async rows<T extends object = Row>(q: QueryRef, params: Row = {}): Promise<T[]> {
    if (q === 'import-unfinished') await this.released;
    else this.release();
    return super.rows<T>(q, params);
  }

  override reading<T>(work: (read: Reader) => Promise<T>, timeoutMs?: number): Promise<T> {
    this.release();
    return super.reading(work, timeoutMs);
  }
}

describe('recovery before an import', () => {
  let db: GraphDb;
  let dir: string;

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    await runImport(db, sourcesFor(await filesFromPaths(['seeds/examples'])).sources);
    dir = await mkdtemp(path.join(os.tmpdir(), 'helix-recovery-order-'));
  });
  afterAll(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('undoes an unfinished staged import before validation looks up the nodes a file links to', async () => {
    // What a staged import that died after its first batch leaves: its (:Import) record, silent
    // for long, and the actor it created with the undo record listing it.
    await db.writeCypher(
      `CREATE (:Import {id: 'crashed', status: 'running', host: 'elsewhere', pid: 1, startedAt: datetime(), heartbeat: 0, files: ['actors.csv']})
       CREATE (:Actor {id: 'left-over', name: 'Left over', helix: 'industry', kind: 'company'})
       CREATE (:ImportUndo {__undoImport: 'crashed', __undoKind: 'created-nodes', __undoLabel: 'Actor', __undoKeys: ['left-over']})`,
    );
    await writeFile(
      path.join(dir, 'located_in.csv'),
      'from,to,sources,evidence,inferred,reason\nleft-over,geel-industriezone-west,ledenlijst-2024,a site\n',
    );
    const late = new LateRecovery(db.driver, db.options);
    const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
    const err = await runImport(late, sources, { preProblems: problems }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    expect((err as ImportValidationError).report.problems).toMatchObject([{ file: 'located_in.csv', row: 2, column: 'from', value: 'left-over' }]);
    const [left] = await db.read<{ actors: number; imports: number }>(`RETURN COUNT { (:Actor {id: 'left-over'}) } AS actors, COUNT { (i) WHERE i:Import OR i:ImportUndo } AS imports`);
    expect(left).toEqual({ actors: 0, imports: 0 });
  });
});
