import { describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { memorySource } from '../../../server/importer/sources.ts';
import { formatImportProblem, validateImport } from '../../../server/importer/validate.ts';

// A connector (CORDIS) hands its links over one node at a time and says so, so the duplicate-link
// check keeps only that node's links instead of one key per link. What the user reads must not
// change: a duplicate is still reported with its row, and links that break the promise are refused.

const emptyDatabase = { read: async () => [] } as unknown as GraphDb;
const cite = { sources: ['doc'], evidence: 'test' };
const document = memorySource('documents', { kind: 'node', label: 'Document' }, () => [{ id: 'doc', name: 'Doc', title: 'Doc', publisher: 'Test', year: 2024, file: 'doc.csv' }]);
const actors = memorySource('actors', { kind: 'node', label: 'Actor' }, () =>
  ['a', 'b', 'c', 'd'].map((id) => ({ id, name: `Actor ${id}`, helix: 'industry', kind: 'company', ...cite })),
);
const pairs = (links: [string, string][], grouped?: 'from' | 'to') =>
  memorySource('pairs', { kind: 'link', type: 'COLLABORATES_WITH' }, () => links.map(([from, to]) => ({ from, to, weight: 1, ...cite })), grouped);

const problemsOf = async (links: [string, string][], grouped?: 'from' | 'to') =>
  (await validateImport(emptyDatabase, [document, actors, pairs(links, grouped)])).report.problems.map(formatImportProblem);

describe('the duplicate-link check of links grouped by one end', () => {
  const clean: [string, string][] = [
    ['a', 'b'],
    ['a', 'c'],
    ['b', 'c'],
    ['b', 'd'],
    ['c', 'd'],
  ];

  it('accepts distinct links node by node, as the check of ungrouped files does', async () => {
    expect(await problemsOf(clean, 'from')).toEqual([]);
    expect(await problemsOf(clean)).toEqual([]);
  });

  it('reports a duplicate within one node’s links with the same words and row as for a file', async () => {
    const twice: [string, string][] = [...clean.slice(0, 3), ['c', 'b'], ...clean.slice(3)];
    const expected = ['pairs, row 4, column "to" (value "b"): duplicate COLLABORATES_WITH link between "c" and "b"'];
    expect(await problemsOf(twice, 'from')).toEqual(expected);
    expect(await problemsOf(twice)).toEqual(expected);
  });

  it('refuses links of a node that come back after other nodes’ links, since duplicates could then pass unseen', async () => {
    const scattered: [string, string][] = [['a', 'b'], ['b', 'c'], ['a', 'c']];
    expect(await problemsOf(scattered, 'from')).toEqual([
      'pairs, row 3, column "to" (value "c"): the COLLABORATES_WITH links of "a" are not all together (the import promised them grouped)',
    ]);
  });

  it('groups a directed type by the end it is told: participations project by project', async () => {
    const projects = memorySource('projects', { kind: 'node', label: 'Project' }, () => ['p', 'q'].map((id) => ({ id, name: `Project ${id}`, ...cite })));
    const links = (rows: [string, string][]) =>
      memorySource('participations', { kind: 'link', type: 'PARTICIPATES_IN' }, () => rows.map(([from, to]) => ({ from, to, ...cite })), 'to');
    const check = async (rows: [string, string][]) => (await validateImport(emptyDatabase, [document, actors, projects, links(rows)])).report.problems.map(formatImportProblem);
    expect(await check([['a', 'p'], ['b', 'p'], ['a', 'q'], ['b', 'q']])).toEqual([]);
    expect(await check([['a', 'p'], ['b', 'p'], ['a', 'q'], ['a', 'q']])).toEqual(['participations, row 4, column "to" (value "q"): duplicate PARTICIPATES_IN link between "a" and "q"']);
  });
});
