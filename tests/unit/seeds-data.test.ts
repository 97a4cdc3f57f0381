// Checks the curated dataset in seeds/ itself: it validates, it is traceable, and it holds no
// entity twice under different ids.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../server/seeds/read.ts';
import { formatProblem, validateSeeds, type SeedGraph } from '../../server/seeds/validate.ts';
import { NODE_LABELS } from '../../server/graph/model.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

const KET_IDS = [
  'tech-micro-nano-electronics',
  'tech-nanotechnology',
  'tech-industrial-biotechnology',
  'tech-advanced-materials',
  'tech-photonics',
  'tech-advanced-manufacturing',
];

/** Legal forms dropped before comparing names (Dutch, French, German, English). */
const LEGAL_FORMS = /\b(nv|bv|bvba|cvba|vzw|ivzw|asbl|sa|sprl|gmbh|ag|kg|ltd|inc|llc|plc|corp)\b/g;

/** Words that name the same kind of organisation in different languages. */
const SYNONYMS: [RegExp, string][] = [
  [/\b(universiteit|university|universite|universitat|universidad|univ)\b/g, 'university'],
  [/\b(hogeschool|hochschule|college)\b/g, 'college'],
  [/\b(provincie|province|provinz)\b/g, 'province'],
  [/\b(ziekenhuis|hospital|krankenhaus)\b/g, 'hospital'],
];

/** Lowercase, no accents, no punctuation, no legal form, synonyms mapped: the key two names must not share. */
function normaliseName(value: string): string {
  let s = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');
  s = s.replace(LEGAL_FORMS, ' ');
  for (const [pattern, replacement] of SYNONYMS) s = s.replace(pattern, replacement);
  return s.replace(/\s+/g, ' ').trim();
}

function namesOf(props: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['name', 'nameEn'] as const) {
    const v = props[key];
    if (typeof v === 'string') out.push(v);
  }
  if (Array.isArray(props.aliases)) out.push(...props.aliases.filter((a): a is string => typeof a === 'string'));
  return out;
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

describe('normaliseName', () => {
  it('treats spelling variants of one organisation as the same key', () => {
    expect(normaliseName('Universiteit Antwerpen')).toBe(normaliseName('universiteit  antwerpen'));
    expect(normaliseName('FISCH vzw')).toBe(normaliseName('FISCH'));
    expect(normaliseName('Agfa-Gevaert NV')).toBe(normaliseName('Agfa Gevaert'));
    expect(normaliseName('Öresund')).toBe(normaliseName('Oresund'));
    expect(normaliseName('University Antwerpen')).toBe(normaliseName('Universiteit Antwerpen'));
    expect(normaliseName('Hamburg Kreativgesellschaft GmbH')).toBe(normaliseName('Hamburg Kreativgesellschaft'));
  });

  it('keeps different names apart', () => {
    expect(normaliseName('Logistiek')).not.toBe(normaliseName('Logistiek en transport'));
    expect(normaliseName('Trend 2000-2007')).not.toBe(normaliseName('Trend 2008-2010'));
  });
});

describe('seeds dataset', () => {
  let graph: SeedGraph;

  beforeAll(async () => {
    const { files, errors } = await readSeedFiles(SEEDS_DIR);
    const result = validateSeeds(files);
    const problems = [...errors, ...(result.ok ? [] : result.problems.map(formatProblem))];
    if (problems.length) console.error(`seed problems:\n${problems.join('\n')}`);
    expect(problems).toEqual([]);
    if (!result.ok) throw new Error('seeds are not valid');
    graph = result.graph;
  });

  it('validates without problems', () => {
    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(graph.links.length).toBeGreaterThan(0);
  });

  it('cites a document for every node and every link', () => {
    const docIds = new Set(graph.nodes.filter((n) => n.label === 'Document').map((n) => n.id));
    const unmentioned = graph.nodes
      .filter((n) => n.label !== 'Document')
      .filter((n) => n.mentions.length === 0 || n.mentions.some((m) => !docIds.has(m.doc) || !m.quote.trim() || !m.section.trim()))
      .map((n) => n.id);
    expect(unmentioned).toEqual([]);

    const unsourced = graph.links
      .filter((l) => l.type !== 'OF_SECTOR' && l.type !== 'IN_REGION')
      .filter((l) => {
        const sources = l.props.sources;
        return !Array.isArray(sources) || sources.length === 0 || sources.some((s) => !docIds.has(String(s)));
      })
      .map((l) => `${l.type} ${l.from.id} -> ${l.to.id}`);
    expect(unsourced).toEqual([]);

    const unexplained = graph.links
      .filter((l) => l.props.inferred === true && !(typeof l.props.reason === 'string' && l.props.reason.trim()))
      .map((l) => `${l.type} ${l.from.id} -> ${l.to.id}`);
    expect(unexplained).toEqual([]);
  });

  it('holds no entity twice under different ids', () => {
    const duplicates: string[] = [];
    for (const label of NODE_LABELS) {
      const owner = new Map<string, string>();
      for (const node of graph.nodes.filter((n) => n.label === label)) {
        for (const name of namesOf(node.props)) {
          const key = normaliseName(name);
          if (!key) continue;
          const other = owner.get(key);
          if (other && other !== node.id) duplicates.push(`${label}: "${other}" and "${node.id}" share the name "${key}"`);
          else owner.set(key, node.id);
        }
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('stores a table cell printed as "/" as no value, not zero', () => {
    const observations = graph.nodes.filter((n) => n.label === 'Observation');
    expect(observations.length).toBeGreaterThan(0);
    const slashes = observations.filter((n) => String(n.props.printed).trim() === '/');
    expect(slashes.length).toBeGreaterThan(0);
    expect(slashes.filter((n) => n.props.value !== null).map((n) => n.id)).toEqual([]);
    // and a printed number is never stored as null
    const numeric = observations.filter((n) => /\d/.test(String(n.props.printed)));
    expect(numeric.filter((n) => typeof n.props.value !== 'number').map((n) => n.id)).toEqual([]);
  });

  it('has the six EU Key Enabling Technologies, and only those, marked ket', () => {
    const technologies = graph.nodes.filter((n) => n.label === 'Technology');
    const kets = technologies.filter((n) => n.props.ket === true).map((n) => n.id);
    expect(kets.sort()).toEqual([...KET_IDS].sort());
  });

  it('has records of every label and reports the counts', () => {
    const nodeCounts = countBy(graph.nodes.map((n) => n.label));
    const linkCounts = countBy(graph.links.map((l) => l.type));
    const mentions = graph.nodes.reduce((sum, n) => sum + n.mentions.length, 0);
    console.log(
      [
        'seed counts',
        'nodes:',
        ...Object.entries(nodeCounts).sort().map(([k, v]) => `  ${k}: ${v}`),
        'links:',
        ...Object.entries(linkCounts).sort().map(([k, v]) => `  ${k}: ${v}`),
        `  MENTIONED_IN: ${mentions}`,
      ].join('\n'),
    );
    for (const label of NODE_LABELS) expect(nodeCounts[label] ?? 0, `no ${label} records`).toBeGreaterThan(0);
  });
});
