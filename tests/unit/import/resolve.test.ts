import { describe, expect, it } from 'vitest';
import { matchActors } from '../../../server/importer/resolve/match.ts';
import { nameSimilarity, normaliseName } from '../../../server/importer/resolve/normalise.ts';

const known = [
  { id: 'ku-leuven', name: 'KU Leuven', aliases: ['Katholieke Universiteit Leuven'], country: 'BE' },
  { id: 'universiteit-antwerpen', name: 'Universiteit Antwerpen', aliases: ['UA', 'UAntwerpen'], country: 'BE' },
  { id: 'umicore', name: 'Umicore NV', country: 'BE' },
  { id: 'vito', name: 'VITO', nameEn: 'Flemish Institute for Technological Research', country: 'BE' },
];

describe('organisation names', () => {
  it('compare without case, accents, punctuation and legal forms, with one word for university', () => {
    expect(normaliseName('UMICORE S.A.')).toBe(normaliseName('Umicore NV'));
    expect(normaliseName('Université d’Anvers GmbH')).toBe('university d anvers');
    expect(normaliseName('UNIVERSITEIT ANTWERPEN')).toBe(normaliseName('University Antwerpen'));
    expect(nameSimilarity('Universite Catholique de Louvain', 'Katholieke Universiteit Leuven')).toBe(0);
    expect(nameSimilarity('UNIVERSITEIT GENT', 'Universiteit Gent Faculteit Ingenieurswetenschappen')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('entity resolution', () => {
  it('links confident matches by full name or alias, and only lists short-name, ambiguous and similar ones for review', () => {
    const { confident, review } = matchActors(
      [
        { id: 'cordis-1', name: 'KATHOLIEKE UNIVERSITEIT LEUVEN', shortName: 'KU Leuven', country: 'BE' },
        { id: 'cordis-2', name: 'UNIVERSITEIT ANTWERPEN', country: 'BE' },
        { id: 'cordis-3', name: 'UMICORE SA', country: 'BE' },
        { id: 'cordis-4', name: 'VLAAMSE INSTELLING VOOR TECHNOLOGISCH ONDERZOEK N.V.', shortName: 'VITO', country: 'BE' },
        { id: 'cordis-5', name: 'UNIVERSITE CATHOLIQUE DE LOUVAIN', country: 'BE' },
        { id: 'cordis-6', name: 'UMICORE AG & CO KG', country: 'DE' },
        { id: 'cordis-7', name: 'ACME ROBOTICS BV', country: 'NL' },
      ],
      known,
    );
    expect(confident.map((m) => `${m.from}→${m.to}`)).toEqual([
      'cordis-1→ku-leuven',
      'cordis-2→universiteit-antwerpen',
      'cordis-3→umicore',
    ]);
    // VITO matches on its short name only; two universities are never proposed as one.
    expect(review.map((m) => `${m.from}~${m.to}`)).toEqual(['cordis-4~vito']);
    expect(review[0]!.score).toBeLessThan(1);
    expect(review[0]!.reason).toMatch(/only the short name "VITO"/);
  });

  it('sends a short name shared with a known actor, or a name two actors share, to review instead of linking it', () => {
    const { confident, review } = matchActors(
      [
        { id: 'cordis-8', name: 'PLANBUREAU VOOR DE LEEFOMGEVING', shortName: 'PBL', country: 'NL' },
        { id: 'cordis-9', name: 'ATLAS', country: 'BE' },
      ],
      [
        { id: 'pbl-belgium', name: 'PBL', country: 'NL' },
        { id: 'atlas-a', name: 'Atlas NV', country: 'BE' },
        { id: 'atlas-b', name: 'Atlas BV', country: 'BE' },
      ],
    );
    expect(confident).toEqual([]);
    expect(review.map((m) => `${m.from}~${m.to}`)).toEqual(['cordis-8~pbl-belgium', 'cordis-9~atlas-a']);
    expect(review[1]!.reason).toMatch(/ambiguous: 2 actors/);
  });
});
