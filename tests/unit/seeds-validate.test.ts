import { describe, expect, it } from 'vitest';
import { formatProblem, validateSeeds, type SeedResult } from '../../server/seeds/validate.ts';

const doc = { id: 'doc-1', name: 'Studie', title: 'Studie', publisher: 'Provincie Antwerpen', year: 2014, file: 'doc-1.txt' };
const mention = (quote: string) => [{ doc: 'doc-1', section: '3.1', quote }];

function fixture(): Map<string, unknown> {
  return new Map<string, unknown>([
    ['documents.json', [doc]],
    [
      'actors.json',
      [
        { id: 'janssen', name: 'Janssen Pharmaceutica', helix: 'industry', kind: 'company', country: 'BE', mentions: mention('Janssen Pharmaceutica in Beerse') },
        { id: 'ua', name: 'Universiteit Antwerpen', aliases: ['UA'], helix: 'academia', kind: 'university', country: 'BE', mentions: mention('de Universiteit Antwerpen') },
      ],
    ],
    ['sectors.json', [{ id: 'life-sciences', name: 'Life sciences', kind: 'sector', mentions: mention('life sciences') }]],
    ['regions.json', [{ id: 'beerse', name: 'Beerse', level: 'city', mentions: mention('Beerse') }]],
    [
      'observations.json',
      [{ id: 'obs-1', name: 'Werknemers life sciences 2012', metric: 'employees', year: 2012, value: null, printed: '/', unit: 'persons', sector: 'life-sciences', region: 'beerse', mentions: mention('Tabel 5') }],
    ],
    [
      'links/links.json',
      [
        { type: 'COLLABORATES_WITH', from: 'ua', to: 'janssen', sources: ['doc-1'], evidence: 'samenwerking', kind: 'research' },
        { type: 'LOCATED_IN', from: 'janssen', to: 'beerse', sources: ['doc-1'], evidence: 'Janssen Pharmaceutica in Beerse' },
        { type: 'ACTIVE_IN', from: 'janssen', to: 'life-sciences', sources: ['doc-1'], evidence: 'farma', inferred: true, reason: 'Janssen is a pharmaceutical company' },
      ],
    ],
  ]);
}

function problems(result: SeedResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

function edit(files: Map<string, unknown>, file: string, change: (records: Record<string, unknown>[]) => void): Map<string, unknown> {
  const records = structuredClone(files.get(file)) as Record<string, unknown>[];
  change(records);
  return new Map(files).set(file, records);
}

describe('seed validation', () => {
  it('turns valid files into nodes, links with provenance, and observation links', () => {
    const result = validateSeeds(fixture());
    expect(problems(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.graph.nodes.map((n) => `${n.label}:${n.id}`).sort()).toEqual([
      'Actor:janssen',
      'Actor:ua',
      'Document:doc-1',
      'Observation:obs-1',
      'Region:beerse',
      'Sector:life-sciences',
    ]);
    const types = result.graph.links.map((l) => `${l.type} ${l.from.id}->${l.to.id}`).sort();
    expect(types).toEqual([
      'ACTIVE_IN janssen->life-sciences',
      'COLLABORATES_WITH janssen->ua',
      'IN_REGION obs-1->beerse',
      'LOCATED_IN janssen->beerse',
      'OF_SECTOR obs-1->life-sciences',
    ]);
    const collab = result.graph.links.find((l) => l.type === 'COLLABORATES_WITH');
    expect(collab?.props).toEqual({ sources: ['doc-1'], evidence: 'samenwerking', kind: 'research' });
    const obs = result.graph.nodes.find((n) => n.id === 'obs-1');
    expect(obs?.props.value).toBeNull();
    expect(obs?.props).not.toHaveProperty('sector');
  });

  it('names file, record, id and field of a wrong value', () => {
    const files = edit(fixture(), 'actors.json', (r) => {
      r[1]!.helix = 'academy';
    });
    const found = problems(validateSeeds(files));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^actors\.json, record 2 \(id "ua"\), field "helix": /);
  });

  it('reports every problem, not only the first', () => {
    let files = edit(fixture(), 'actors.json', (r) => {
      r[0]!.country = 'Belgium';
      delete r[1]!.mentions;
    });
    files = edit(files, 'links/links.json', (r) => {
      r[1]!.to = 'nowhere';
    });
    const found = problems(validateSeeds(files));
    expect(found.some((p) => p.includes('field "country"'))).toBe(true);
    expect(found.some((p) => p.includes('field "mentions"'))).toBe(true);
    expect(found.some((p) => p.includes('links/links.json, record 2, field "to": no node has id "nowhere"'))).toBe(true);
  });

  it('refuses a duplicate id, even under another label', () => {
    const files = edit(fixture(), 'sectors.json', (r) => {
      r.push({ id: 'janssen', name: 'Janssen', kind: 'sector', mentions: mention('x') });
    });
    expect(problems(validateSeeds(files)).join()).toMatch(/id "janssen"\), field "id": duplicate id, already in actors\.json/);
  });

  it('refuses a link between labels the schema does not allow', () => {
    const files = edit(fixture(), 'links/links.json', (r) => {
      r.push({ type: 'ACTIVE_IN', from: 'beerse', to: 'life-sciences', sources: ['doc-1'], evidence: 'x' });
    });
    expect(problems(validateSeeds(files)).join()).toMatch(/ACTIVE_IN cannot start at Region "beerse" \(allowed: Actor\)/);
  });

  it('refuses the same collaboration twice, whichever way round', () => {
    const files = edit(fixture(), 'links/links.json', (r) => {
      r.push({ type: 'COLLABORATES_WITH', from: 'janssen', to: 'ua', sources: ['doc-1'], evidence: 'x' });
    });
    expect(problems(validateSeeds(files)).join()).toMatch(/duplicate COLLABORATES_WITH link between "janssen" and "ua"/);
  });

  it('wants a source and evidence on every link, and a reason on an inferred one', () => {
    const files = edit(fixture(), 'links/links.json', (r) => {
      r[0]!.sources = [];
      delete r[2]!.reason;
      r[1]!.sources = ['doc-2'];
    });
    const found = problems(validateSeeds(files)).join('\n');
    expect(found).toMatch(/record 1, field "sources": every link cites at least one source document/);
    expect(found).toMatch(/record 3, field "reason": an inferred link must say why/);
    expect(found).toMatch(/record 2, field "sources\.0": unknown document "doc-2"/);
  });

  it('refuses properties that do not belong to the relationship type and unknown fields', () => {
    let files = edit(fixture(), 'links/links.json', (r) => {
      r[1]!.weight = 3;
    });
    files = edit(files, 'actors.json', (r) => {
      r[0]!.helx = 'industry';
    });
    const found = problems(validateSeeds(files)).join('\n');
    expect(found).toMatch(/field "weight": is not a property of LOCATED_IN/);
    expect(found).toMatch(/actors\.json, record 1 \(id "janssen"\).*helx/);
  });

  it('checks that a mention cites a known document and an observation points at a sector and a region', () => {
    let files = edit(fixture(), 'regions.json', (r) => {
      r[0]!.mentions = [{ doc: 'doc-9', section: '1', quote: 'x' }];
    });
    files = edit(files, 'observations.json', (r) => {
      r[0]!.sector = 'beerse';
    });
    const found = problems(validateSeeds(files)).join('\n');
    expect(found).toMatch(/regions\.json.*field "mentions\.0\.doc": unknown document "doc-9"/);
    expect(found).toMatch(/observations\.json.*field "sector": "beerse" is not a Sector id/);
  });

  it('refuses files it does not know and files that are not arrays', () => {
    const files = new Map(fixture()).set('people.json', []).set('actors.json', { id: 'x' });
    const found = problems(validateSeeds(files)).join('\n');
    expect(found).toMatch(/people\.json: unknown seed file/);
    expect(found).toMatch(/actors\.json: must contain a JSON array of records/);
  });
});
