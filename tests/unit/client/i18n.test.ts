import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../client/src/i18n/dictionary.ts';
import { format, translate } from '../../../client/src/i18n/index.ts';

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
