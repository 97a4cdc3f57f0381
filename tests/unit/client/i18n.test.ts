import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../client/src/i18n/dictionary.ts';
import { format, translate, translator } from '../../../client/src/i18n/index.ts';
import { REL_TYPES } from '../../../contract/enums.ts';
import { metricRows } from '../../../client/src/shell/metric-rows.ts';

describe('interface text', () => {
  it('has a Dutch text for every English one, with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(nl[key], key).toBeTruthy();
      expect(holes(nl[key]), key).toEqual(holes(en[key]));
    }
  });

  it('fills placeholders and shows the ones it has no value for', () => {
    expect(translate('nl', 'nodesLinks', { nodes: 3, edges: 2 })).toBe('3 knopen · 2 verbindingen');
    expect(translate('en', 'nodesLinks', { nodes: 3, edges: 2 })).toBe('3 nodes · 2 links');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('relationship types in words', () => {
  it('names every relationship type of the model in English and Dutch, never as the stored type', () => {
    for (const type of REL_TYPES) {
      for (const lang of ['en', 'nl'] as const) {
        const words = translator(lang).relation(type);
        expect(words, `${lang} ${type}`).not.toBe(type);
        expect(words, `${lang} ${type}`).toMatch(/^[a-z]/);
      }
    }
    expect(translator('en').relation('COLLABORATES_WITH')).toBe('collaborates with');
    expect(translator('nl').relation('COLLABORATES_WITH')).toBe('werkt samen met');
    // a type the words do not know shows as stored rather than disappearing
    expect(translator('nl').relation('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});

describe('a node’s metrics in words', () => {
  const m = { degree: 12, weightedDegree: 30.5, betweenness: 0.0421, closeness: 0.5, pagerank: 0.0123, eigenvector: 0.25, clustering: 0.5, community: 2 };
  it('names each metric and gives its value with the unit, in the interface’s language', () => {
    expect(metricRows(m, translator('en')).map((r) => `${r.name}: ${r.value}`)).toEqual([
      'Degree (links): 12 links',
      'Weighted degree: 30.5 (sum of link weights)',
      'Betweenness: 4.2% of shortest paths',
      'Closeness: 0.5 on a 0–1 scale',
      'PageRank: 1.2% of all rank',
      'Eigenvector: 0.25 on a 0–1 scale',
      'Clustering: 50% of neighbour pairs linked',
      'Community: community 3',
    ]);
    const nl = metricRows(m, translator('nl'));
    expect(nl[2]).toMatchObject({ name: 'Tussenligging', value: '4,2% van de kortste paden' });
    expect(nl[1]!.value).toBe('30,5 (som van de verbindingsgewichten)');
    expect(nl.filter((r) => r.name === r.key)).toEqual([]); // no raw metric ids
  });
});
