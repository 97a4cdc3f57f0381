import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, MAX_TERMS, searchTerms } from '../../../server/search/lucene.ts';

describe('Lucene query building for name search', () => {
  it('folds accents and case and splits words as the standard tokenizer does', () => {
    expect(searchTerms('  Chémie & Life-Sciences ')).toEqual(['chemie', 'life', 'sciences']);
    expect(searchTerms('Öresund')).toEqual(['oresund']);
    expect(searchTerms('*:* OR "x"~')).toEqual(['or', 'x']);
  });

  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('gives each word an exact, a prefix and a fuzzy form, with no typos allowed in short words', () => {
    expect(luceneQuery('Farma')).toBe('(farma^4 OR farma*^2 OR farma~1)');
    expect(luceneQuery('universiteit')).toBe('(universiteit^4 OR universiteit*^2 OR universiteit~1)');
    expect(luceneQuery('EU')).toBe('(eu^4 OR eu*^2)');
    expect(luceneQuery('a')).toBe('(a^4)');
  });

  it('lets any word match and boosts names that match all of them', () => {
    expect(luceneQuery('Janssen Farma')).toBe(
      '(+(janssen^4 OR janssen*^2 OR janssen~1) +(farma^4 OR farma*^2 OR farma~1))^8 OR (janssen^4 OR janssen*^2 OR janssen~1) OR (farma^4 OR farma*^2 OR farma~1)',
    );
  });

  it('leaves no user text as Lucene syntax and nothing to search for symbols only', () => {
    expect(luceneQuery('*:*')).toBeNull();
    expect(luceneQuery('   ')).toBeNull();
    const q = luceneQuery('name:x) OR (id:* AND NOT y')!;
    expect(q).not.toMatch(/name:|id:|\bAND\b|\bNOT\b/);
    expect(searchTerms(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_TERMS);
  });
});
