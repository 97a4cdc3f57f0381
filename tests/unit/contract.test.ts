import { describe, expect, it } from 'vitest';
import { IMPORT_TEMPLATES, REL_TYPES, consoleQueryBody, graphElementsSchema, nestsDeeperThan, nodeDetailSchema, reasonSchema } from '../../contract/index.ts';
import { RELATIONSHIPS } from '../../server/graph/model.ts';
import { TARGET_NAMES } from '../../server/importer/targets.ts';

describe('the contract', () => {
  it('names the import templates the importer reads, and the relationship types of the schema', () => {
    expect([...IMPORT_TEMPLATES]).toEqual([...TARGET_NAMES.map((n) => `${n}.csv`), 'statistics.csv']);
    expect([...REL_TYPES].sort()).toEqual(Object.keys(RELATIONSHIPS).sort());
  });

  it('refuses console parameters nested thousands of levels deep as invalid input, without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestsDeeperThan(deep, 32)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: [1] }] }, 4)).toBe(false);
    expect(nestsDeeperThan({ a: [{ b: [1] }] }, 3)).toBe(true);
    const parsed = consoleQueryBody(100).safeParse({ query: 'RETURN $p', params: { p: deep } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toEqual(['parameters nest at most 10 levels deep']);
  });

  it('ties each reason code to its component and parameters', () => {
    const asked = { who: 'VITO', whoKind: 'actor' };
    expect(reasonSchema.safeParse({ component: 'activity', code: 'activeProjects', params: { ...asked, count: 3, year: 2021 }, text: '…' }).success).toBe(true);
    // A year missing, a reason under another component, a helix that is not one: all refused.
    expect(reasonSchema.safeParse({ component: 'activity', code: 'activeProjects', params: { ...asked, count: 3 }, text: '…' }).success).toBe(false);
    expect(reasonSchema.safeParse({ component: 'topical', code: 'activeProjects', params: { ...asked, count: 3, year: 2021 }, text: '…' }).success).toBe(false);
    expect(reasonSchema.safeParse({ component: 'complementarity', code: 'bringsHelix', params: { ...asked, helix: 'banking' }, text: '…' }).success).toBe(false);
  });

  it('drops a field it does not name, so a renamed field shows as a difference', () => {
    const answer = {
      node: { id: 'Actor:vito', key: 'vito', label: 'VITO', type: 'Actor', props: {} },
      neighbours: { byLabel: {}, byType: {} },
      provenance: [{ document: { id: 'doc', title: 'T' }, section: '1', qoute: 'renamed' }],
    };
    expect(nodeDetailSchema.parse(answer)).not.toEqual(answer);
    // Graph data is the node's own properties: they pass through.
    const elements = { nodes: [{ data: { id: 'Actor:vito', label: 'VITO', type: 'Actor', founded: 1991 } }], edges: [] };
    expect(graphElementsSchema.parse(elements)).toEqual(elements);
  });
});
