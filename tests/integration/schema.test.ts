import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../server/db/schema.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { NODE_LABELS } from '../../server/graph/model.ts';
import { testDb, wipe } from '../support/db.ts';

describe('schema on a real Neo4j', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = testDb();
    await wipe(db);
  });
  afterAll(() => db.close());

  it('creates a uniqueness constraint per label, the names index and the PageRank index, and can be applied again', async () => {
    const first = await applySchema(db);
    const second = await applySchema(db);
    expect(second).toBe(first);
    const constraints = await db.read<{ label: string; property: string }>(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS property",
    );
    expect(constraints.map((c) => c.label).sort()).toEqual([...NODE_LABELS, 'SavedQuery', 'ImportLock'].sort());
    expect(constraints.every((c) => c.property === 'id')).toBe(true);
    const [index] = await db.read<{ state: string; labels: string[] }>(
      "SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes WHERE name = 'names' RETURN state, labelsOrTypes AS labels",
    );
    expect(index?.state).toBe('ONLINE');
    expect(index?.labels).toContain('Actor');
    // everything drawn cut walks the actors in the order of their stored PageRank (scope-cut-all.cypher)
    const [pagerank] = await db.read<{ state: string }>("SHOW RANGE INDEXES YIELD name, state, labelsOrTypes, properties WHERE labelsOrTypes = ['Actor'] AND properties = ['pagerank'] RETURN state");
    expect(pagerank?.state).toBe('ONLINE');
  });

  it('refuses a second node of the same label with the same id', async () => {
    await db.writeCypher("CREATE (:Actor {id: 'dup-test', name: 'A'})");
    await expect(db.writeCypher("CREATE (:Actor {id: 'dup-test', name: 'B'})")).rejects.toThrow(/already exists/);
    const [row] = await db.read<{ n: number }>("MATCH (a:Actor {id: 'dup-test'}) RETURN count(a) AS n");
    expect(row?.n).toBe(1);
    await wipe(db);
  });

  it('finds names regardless of accents and case through the full-text index', async () => {
    await db.writeCypher("CREATE (:Region {id: 'oresund', name: 'Öresund', aliases: ['Øresundsregionen']})");
    const hits = await db.read<{ id: string }>("CALL db.index.fulltext.queryNodes('names', 'oresund') YIELD node RETURN node.id AS id");
    expect(hits.map((h) => h.id)).toEqual(['oresund']);
    await wipe(db);
  });
});
