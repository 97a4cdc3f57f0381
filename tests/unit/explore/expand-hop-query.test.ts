import { describe, expect, it } from 'vitest';
import { query } from '../../../server/db/queries.ts';
import { REL_TYPES } from '../../../server/graph/model.ts';

describe('expand-hop query', () => {
  it('counts a neighbour’s degree over the chosen link types only, for every type of the schema', () => {
    // The degree is all links less those of each type left out; a type missing here would be
    // counted even when the request leaves it out, and rank neighbours wrongly.
    const text = query('expand-hop');
    for (const type of REL_TYPES) {
      expect(text, type).toContain(`CASE WHEN '${type}' IN $relTypes THEN 0 ELSE COUNT { (b)-[:${type}]-() } END`);
    }
  });
});
