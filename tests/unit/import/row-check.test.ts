import { describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { rowCheck, rowSchema } from '../../../server/importer/rows.ts';
import { memorySource } from '../../../server/importer/sources.ts';
import type { ImportTarget } from '../../../server/importer/targets.ts';
import { formatImportProblem, validateImport } from '../../../server/importer/validate.ts';

// The validation pass checks each row with the row schema compiled into a plain function and asks
// zod only about rows that check does not pass. What the user sees must not change: a row the
// compiled check passes is one zod accepts as it is, every bad row is refused, and the problems
// name file, row, column and value with zod's words.

const emptyDatabase = { read: async () => [] } as unknown as GraphDb;
const ACTOR: ImportTarget = { kind: 'node', label: 'Actor' };
const COLLAB: ImportTarget = { kind: 'link', type: 'COLLABORATES_WITH' };
const actor = { id: 'a1', name: 'A', helix: 'industry', kind: 'company' };
const link = { from: 'a1', to: 'a2', sources: ['d1'], evidence: 'e' };

const good: [ImportTarget, Record<string, unknown>][] = [
  [ACTOR, actor],
  [ACTOR, { ...actor, aliases: ['x', 'y'], country: 'BE', inferred: true, reason: 'because', sources: ['d1', 'd-2.x'], evidence: 'said so', nameEn: undefined }],
  [COLLAB, { ...link, weight: 0.5, since: 1800, until: 2100, fp7Projects: 0, h2020ProjectYears: ['2016-2019'], inferred: false }],
  [COLLAB, { ...link, from: 'Actor:a1' }],
  [{ kind: 'node', label: 'Observation' }, { id: 'o1', name: 'O', metric: 'm', year: 2020, value: null, printed: '', unit: 'u', sector: 's', region: 'r' }],
];

/** Bad rows, and what the report says of each (the same as zod said before the compiled check). */
const bad: [ImportTarget, Record<string, unknown>, string][] = [
  [ACTOR, { ...actor, id: 'A 1' }, 'f, row 1, column "id" (value "A 1"): must be a lowercase slug (a-z, 0-9, separated by - _ or .)'],
  [ACTOR, { ...actor, name: '  ' }, 'f, row 1, column "name" (value "  "): must not be empty'],
  [ACTOR, { ...actor, helix: 'industrie' }, 'f, row 1, column "helix" (value "industrie"): Invalid option: expected one of "government"|"industry"|"academia"|"intermediary"|"civil_society"'],
  [ACTOR, { ...actor, country: 'be' }, 'f, row 1, column "country" (value "be"): must be an ISO 3166 two-letter code'],
  [ACTOR, { ...actor, extra: 1 }, 'f, row 1, column "extra": unknown column; the columns are id, name, nameEn, aliases, description, inferred, reason, helix, kind, country, website, pic, cordisCountry, city, location, sources, evidence'],
  [ACTOR, { ...actor, aliases: ['x', ''] }, 'f, row 1, column "aliases" (value ["x",""]): must not be empty'],
  [ACTOR, { ...actor, inferred: true }, 'f, row 1, column "reason": an inferred record must say why (reason)'],
  [ACTOR, { ...actor, inferred: 'yes' }, 'f, row 1, column "inferred" (value "yes"): Invalid input: expected boolean, received string'],
  [ACTOR, { ...actor, name: undefined }, 'f, row 1, column "name": Invalid input: expected string, received undefined'],
  [ACTOR, { ...actor, sources: ['Doc 1'] }, 'f, row 1, column "sources" (value ["Doc 1"]): must be a lowercase slug (a-z, 0-9, separated by - _ or .)'],
  [COLLAB, { ...link, weight: 0 }, 'f, row 1, column "weight" (value 0): Too small: expected number to be >0'],
  [COLLAB, { ...link, since: 1799.5 }, 'f, row 1, column "since" (value 1799.5): Invalid input: expected int, received number'],
  [COLLAB, { ...link, until: 2101 }, 'f, row 1, column "until" (value 2101): Too big: expected number to be <=2100'],
  [COLLAB, { ...link, sources: [] }, 'f, row 1, column "sources" (value []): every link cites at least one source document'],
  [COLLAB, { ...link, evidence: ' ' }, 'f, row 1, column "evidence" (value " "): must not be empty'],
  [COLLAB, { ...link, fp7ProjectYears: ['2016'] }, 'f, row 1, column "fp7ProjectYears" (value ["2016"]): expected "start-end" years, e.g. 2016-2019'],
  [COLLAB, { ...link, weight: Number.NaN }, 'f, row 1, column "weight" (value null): Invalid input: expected number, received NaN'],
  [COLLAB, { ...link, h2020Projects: Number.POSITIVE_INFINITY }, 'f, row 1, column "h2020Projects" (value null): Invalid input: expected number, received Infinity'],
  [COLLAB, { ...link, from: 'actor:a1' }, 'f, row 1, column "from" (value "actor:a1"): must be an id (a lowercase slug), or Label:id'],
  [COLLAB, { ...link, inferred: true }, 'f, row 1, column "reason": an inferred link must say why (reason)'],
];

const problemsOf = async (target: ImportTarget, row: Record<string, unknown>) =>
  (await validateImport(emptyDatabase, [memorySource('f', target, () => [row])])).report.problems.map(formatImportProblem).filter((p) => !/ has id /.test(p));

describe('the compiled row check', () => {
  it.each(good)('passes a good %o row as zod accepts it, unchanged', (target, row) => {
    expect(rowCheck(target)(row)).toBe(true);
    const parsed = rowSchema(target).safeParse(row);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(row);
  });

  it.each(bad)('refuses a bad %o row, and the report says what zod says', async (target, row, problem) => {
    expect(rowCheck(target)(row)).toBe(false);
    expect(rowSchema(target).safeParse(row).success).toBe(false);
    expect(await problemsOf(target, row)).toEqual([problem]);
  });

  it('leaves a row zod would change (text with edge spaces, from a JSON file) to zod, which accepts it', async () => {
    const row = { ...actor, name: ' A ' };
    expect(rowCheck(ACTOR)(row)).toBe(false);
    expect(await problemsOf(ACTOR, row)).toEqual([]);
  });
});
