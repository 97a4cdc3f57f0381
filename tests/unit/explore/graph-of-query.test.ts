import { describe, expect, it } from 'vitest';
import { query } from '../../../server/db/queries.ts';

describe('graph-of query', () => {
  it('finds the links among the given nodes by joining on node id, not by testing each far end against a list of nodes', () => {
    // A hub among the given nodes has thousands of links leading outside them: testing each far
    // end against the collected nodes (`b IN nodes`) was most of an expand on the 100k graph
    // (bench/README.md, expand-latency); a hash join on the far end costs a fraction of it.
    const text = query('graph-of')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n');
    expect(text).toMatch(/USING JOIN ON b\s/);
    expect(text).toContain('elementId(b) IN $ids');
    expect(text).not.toMatch(/\bb IN nodes\b/);
  });
});
