import { describe, expect, it } from 'vitest';
import { matchTier, rankHits } from '../../../server/search/rank.ts';

const hit = (name: string, score: number, links: number) => ({ names: [name], score, links });

describe('search ranking', () => {
  it('tells an exact name, a type-ahead match and a typo match apart, ignoring accents and case', () => {
    expect(matchTier('CHÉMIE', ['Chemie'])).toBe(0);
    expect(matchTier('chem life', ['Chemie en life sciences'])).toBe(1);
    expect(matchTier('chemi', ['(Petro)chemie'])).toBe(1);
    expect(matchTier('chemei', ['Chemie'])).toBe(2);
    expect(matchTier('KUL', ['Katholieke Universiteit Leuven', 'KUL'])).toBe(0);
  });

  it('puts the exact name first even when Lucene scores a longer name higher', () => {
    const ranked = rankHits('chemie', [hit('Duurzame chemie', 23.9, 2), hit('Chemie en life sciences', 19.8, 30), hit('Chemie', 16.4, 1)]);
    expect(ranked.map((h) => h.names[0])).toEqual(['Chemie', 'Chemie en life sciences', 'Duurzame chemie']);
  });

  it('orders type-ahead matches by how connected they are, and typo matches by score', () => {
    const ranked = rankHits('univ', [hit('University of Somewhere', 9, 1), hit('Universiteit Gent', 4, 120), hit('KU Leuven', 4, 300), hit('Universiteit Antwerpen', 4, 80), hit('Uniek', 8, 500)]);
    expect(ranked.map((h) => h.names[0])).toEqual(['Universiteit Gent', 'Universiteit Antwerpen', 'University of Somewhere', 'Uniek', 'KU Leuven']);
  });
});
