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
    expect(nameSimilarity('Universite Catholique de Louvain', 'Katholieke Universiteit Leuven')).toBeLessThan(1);
  });
});

describe('entity resolution', () => {
  it('links confident matches by name, alias or short name, and only lists similar ones for review', () => {
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
      'cordis-4→vito',
    ]);
    expect(review.map((m) => `${m.from}~${m.to}`)).toEqual(['cordis-5~ku-leuven']);
    expect(review[0]!.score).toBeLessThan(1);
  });
});
