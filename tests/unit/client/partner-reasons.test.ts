import { describe, expect, it } from 'vitest';
import { translator } from '../../../client/src/i18n/index.ts';
import { reasonText } from '../../../client/src/views/partners/reasons.ts';
import { buildPartnerGraph, emptyPartnerData, findPartners } from '../../../server/partners/index.ts';
import { REASON_CODES } from '../../../contract/index.ts';
import { handGraph } from '../partners/fixture.ts';

const en = translator('en');
const nl = translator('nl');

describe('partner reasons in the reader’s language', () => {
  const g = handGraph();
  const answers = [
    findPartners(g, { actors: ['Actor:a'] }, {}, 10),
    findPartners(g, { actors: ['Actor:a', 'Actor:b'] }, {}, 10),
    findPartners(g, { need: { topics: ['Sector:chem'], regions: ['Region:province-antwerp'], helix: ['academia'] } }, {}, 10),
  ];
  const reasons = answers.flatMap((a) => a.suggestions.flatMap((s) => s.reasons));

  it('in English, read exactly as the server’s text (CSV and API users see the same words)', () => {
    expect(reasons.length).toBeGreaterThan(8);
    for (const r of reasons) expect(reasonText(en, r), r.code).toBe(r.text);
  });

  it('in Dutch, with data names kept and helices and list words translated', () => {
    const texts = reasons.map((r) => reasonText(nl, r));
    expect(texts).toContain('Deelt 2 partners met A: B en E.');
    expect(texts.some((t) => /^Brengt overheid binnen, wat in het netwerk van (A|de groep) ontbreekt\.$/.test(t))).toBe(true);
    expect(texts).toContain('Is academie, zoals gevraagd.');
    for (const t of texts) expect(t).not.toMatch(/\{\w+\}/);
  });

  it('shortens a long list of shared partners the same way in both languages', () => {
    const partners = Array.from({ length: 6 }, (_, i) => `Actor:p${i + 1}`);
    const big = buildPartnerGraph({
      ...emptyPartnerData(),
      actors: ['Actor:a', 'Actor:c', ...partners].map((id) => ({ id, name: id.slice(6) })),
      ties: partners.flatMap((p) => [{ a: 'Actor:a', b: p, type: 'COLLABORATES_WITH' }, { a: p, b: 'Actor:c', type: 'COLLABORATES_WITH' }]),
    });
    const [shares] = findPartners(big, { actors: ['Actor:a'] }, {}, 1).suggestions[0]!.reasons;
    expect(reasonText(en, shares!)).toBe('Shares 6 partners with a: p1, p2, p3 and 3 more.');
    expect(reasonText(nl, shares!)).toBe('Deelt 6 partners met a: p1, p2, p3 en nog 3.');
  });

  it('counts the names a long list leaves out, when the server sent only the first ones', () => {
    const partners = Array.from({ length: 14 }, (_, i) => `Actor:p${String(i + 1).padStart(2, '0')}`);
    const big = buildPartnerGraph({
      ...emptyPartnerData(),
      actors: ['Actor:a', 'Actor:c', ...partners].map((id) => ({ id, name: id.slice(6) })),
      ties: partners.flatMap((p) => [{ a: 'Actor:a', b: p, type: 'COLLABORATES_WITH' }, { a: p, b: 'Actor:c', type: 'COLLABORATES_WITH' }]),
    });
    const reasons = findPartners(big, { actors: ['Actor:a'] }, {}, 1).suggestions[0]!.reasons;
    const shares = reasons.find((r) => r.code === 'sharedPartners')!;
    const trusted = reasons.find((r) => r.code === 'trustedMany')!;
    for (const r of [shares, trusted]) expect((r.params as { names: string[] }).names).toHaveLength(10);
    expect(reasonText(en, shares)).toBe('Shares 14 partners with a: p01, p02, p03 and 11 more.');
    expect(reasonText(nl, shares)).toBe('Deelt 14 partners met a: p01, p02, p03 en nog 11.');
    expect(reasonText(nl, trusted)).toBe('p01, p02, p03 en nog 11 zijn nauw verbonden met beide kanten en kunnen hen aan elkaar voorstellen.');
    expect(reasonText(en, trusted)).toBe(trusted.text);
  });

  it('never says "0 projects", and names all five helices a partner works with', () => {
    const dormant = { component: 'activity', code: 'activeProjects', params: { who: 'A', whoKind: 'actor', count: 0, year: 2009 }, text: '' } as unknown as Parameters<typeof reasonText>[1];
    expect(reasonText(en, dormant)).toBe('Last active in a project in 2009.');
    expect(reasonText(nl, dormant)).toBe('Laatst actief in een project in 2009.');
    const helices = ['academia', 'civil_society', 'government', 'industry', 'intermediary'];
    const bridges = { component: 'complementarity', code: 'bridges', params: { who: 'A', whoKind: 'actor', names: helices }, text: '' } as unknown as Parameters<typeof reasonText>[1];
    expect(reasonText(en, bridges)).toBe('Works with partners from academia, civil society, government, industry and intermediary.');
    expect(reasonText(nl, bridges)).toBe('Werkt met partners uit academie, middenveld, overheid, industrie en intermediair.');
  });

  it('falls back to the server’s text for a code the client does not know', () => {
    expect(reasonText(nl, { component: 'topical', code: 'newKind', params: {}, text: 'Something new.' })).toBe('Something new.');
    expect(REASON_CODES.length).toBe(19);
  });
});
