import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { SeedValidationError, loadSeeds } from '../../server/seeds/load.ts';
import { readSeedFiles } from '../../server/seeds/read.ts';
import { validateSeeds } from '../../server/seeds/validate.ts';
import { writeGraph } from '../../server/seeds/write.ts';
import { snapshot, testDb, wipe } from '../support/db.ts';

describe('loading the seeds into a real Neo4j', () => {
  let db: GraphDb;
  let tmp: string;
  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    tmp = await mkdtemp(path.join(os.tmpdir(), 'helix-seeds-'));
  });
  afterAll(async () => {
    await db.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it('writes every seed record, link and mention of seeds/', async () => {
    const { files } = await readSeedFiles('seeds');
    const result = validateSeeds(files);
    if (!result.ok) throw new Error('seeds/ is invalid');
    const counts = await loadSeeds(db, 'seeds');
    const expected = (label: string) => result.graph.nodes.filter((n) => n.label === label).length;
    for (const [label, n] of Object.entries(counts.nodes)) expect(n, label).toBe(expected(label));
    const mentions = result.graph.nodes.reduce((sum, n) => sum + new Set(n.mentions.map((m) => `${m.doc}|${m.section}|${m.quote}`)).size, 0);
    expect(counts.relationships.MENTIONED_IN).toBe(mentions);
    for (const [type, n] of Object.entries(counts.relationships)) {
      if (type !== 'MENTIONED_IN') expect(n, type).toBe(result.graph.links.filter((l) => l.type === type).length);
    }
  });

  it('leaves the same graph when run twice', async () => {
    const before = await snapshot(db);
    await loadSeeds(db, 'seeds');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a broken seeds folder naming file, record and field, and writes nothing', async () => {
    await cp('seeds', tmp, { recursive: true });
    await writeFile(
      path.join(tmp, 'actors.json'),
      JSON.stringify([
        { id: 'new-firm', name: 'New Firm NV', helix: 'industry', kind: 'company', country: 'BE', mentions: [{ doc: '001_5f628ccc190b7276', section: '1', quote: 'x' }] },
        { id: 'bad-firm', name: 'Bad Firm', helix: 'business', kind: 'company', country: 'BE', mentions: [{ doc: '001_5f628ccc190b7276', section: '1', quote: 'x' }] },
      ]),
    );
    const before = await snapshot(db);
    const error = await loadSeeds(db, tmp).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).problems.join('\n')).toMatch(/actors\.json, record 2 \(id "bad-firm"\), field "helix"/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back everything when a write fails part-way', async () => {
    const documents = JSON.parse(await readFile('seeds/documents.json', 'utf8')) as { id: string }[];
    const before = await snapshot(db);
    const graph = {
      nodes: [{ label: 'Actor' as const, id: 'half-written', props: { name: 'Half' }, mentions: [{ doc: documents[0]!.id, section: 's', quote: 'q' }] }],
      // A link whose far end is in neither the batch nor the database: the write fails after the node went in.
      links: [{ type: 'MEMBER_OF' as const, from: { label: 'Actor' as const, id: 'half-written' }, to: { label: 'Actor' as const, id: 'not-there' }, props: {} }],
    };
    await expect(writeGraph(db, graph)).rejects.toThrow(/only 0 of 1 MEMBER_OF links found both ends/);
    expect(await snapshot(db)).toEqual(before);
  });
});
