import { describe, it, expect } from 'vitest';
import { helixStatistics } from '../../../server/analytics/index.ts';
import { graphOf } from './fixtures.ts';

// Eleven actors with a helix, one without, one sector:
//   government G1 · industry I1–I5 · academia U1–U3 · intermediary X1, X2 · civil society none
// Collaboration ties (weight):
//   G1–I1 (2, plus a second G1–I1 edge of weight 1 → one tie of weight 3)
//   I1–I2 (1)  I1–U1 (1)  U1–I3 (2)  U1–U2 (1)  I2–I4 (1)  I4–I5 (1)  X1–X2 (1)
// Not ties by default: I1 MEMBER_OF X1, I1 ACTIVE_IN sector S1, and Z1–I1 (Z1 has no helix).
const network = () =>
  graphOf(
    [
      ['G1', 'government'],
      ['I1', 'industry'], ['I2', 'industry'], ['I3', 'industry'], ['I4', 'industry'], ['I5', 'industry'],
      ['U1', 'academia'], ['U2', 'academia'], ['U3', 'academia'],
      ['X1', 'intermediary'], ['X2', 'intermediary'],
      ['Z1', undefined],
      ['S1', undefined, 'Sector'],
    ],
    [
      ['G1', 'I1', { weight: 2 }],
      ['I1', 'G1', { weight: 1 }],
      ['I1', 'I2'],
      ['I1', 'U1'],
      ['U1', 'I3', { weight: 2 }],
      ['U1', 'U2'],
      ['I2', 'I4'],
      ['I4', 'I5'],
      ['X1', 'X2'],
      ['I1', 'X1', { type: 'MEMBER_OF' }],
      ['I1', 'S1', { type: 'ACTIVE_IN' }],
      ['Z1', 'I1'],
    ],
  );

describe('helixStatistics on a hand-built ecosystem', () => {
  const report = helixStatistics(network());

  it('counts actors per helix and names actors it cannot place', () => {
    expect(report.actors).toEqual({ government: 1, industry: 5, academia: 3, intermediary: 2, civil_society: 0 });
    expect(report.actorsWithoutHelix).toEqual(['Z1']);
  });

  it('fills the tie matrix, symmetric, with within-helix ties on the diagonal', () => {
    expect(report.ties.government).toEqual({ government: 0, industry: 1, academia: 0, intermediary: 0, civil_society: 0 });
    expect(report.ties.industry).toEqual({ government: 1, industry: 3, academia: 2, intermediary: 0, civil_society: 0 });
    expect(report.ties.academia).toEqual({ government: 0, industry: 2, academia: 1, intermediary: 0, civil_society: 0 });
    expect(report.ties.intermediary.intermediary).toBe(1);
    expect(Object.values(report.ties.civil_society).every((x) => x === 0)).toBe(true);
  });

  it('fills the weighted matrix with summed weights', () => {
    // gov–ind: 2 + 1; ind–aca: I1–U1 1 + U1–I3 2; ind–ind: three ties of 1.
    expect(report.weightedTies.government.industry).toBe(3);
    expect(report.weightedTies.industry.academia).toBe(3);
    expect(report.weightedTies.academia.industry).toBe(3);
    expect(report.weightedTies.industry.industry).toBe(3);
    expect(report.weightedTies.academia.academia).toBe(1);
  });

  it('gives the share of ties that cross helices', () => {
    // 8 ties, of which G1–I1, I1–U1, U1–I3 cross; weight 6 of 11.
    expect(report.totals).toEqual({
      ties: 8,
      weight: 11,
      crossTies: 3,
      crossWeight: 6,
      crossShare: 3 / 8,
      crossWeightShare: 6 / 11,
    });
  });

  it('gives the E-I index overall and per helix', () => {
    // Overall (3 − 5) / 8. Government 1 out, 0 in → 1. Industry 3 out, 3 in → 0.
    // Academia 2 out, 1 in → 1/3. Intermediary 0 out, 1 in → −1. Civil society has no ties.
    expect(report.eiIndex.overall).toBeCloseTo(-0.25, 12);
    expect(report.eiIndex.byHelix.government).toBe(1);
    expect(report.eiIndex.byHelix.industry).toBe(0);
    expect(report.eiIndex.byHelix.academia).toBeCloseTo(1 / 3, 12);
    expect(report.eiIndex.byHelix.intermediary).toBe(-1);
    expect(report.eiIndex.byHelix.civil_society).toBeNull();
  });

  it('reports the missing helix and the thin ones with their reason', () => {
    expect(report.missing).toEqual(['civil_society']);
    expect(report.thin).toEqual([
      { helix: 'government', actors: 1, share: 1 / 11, isolated: 0, reasons: ['few_actors'] },
      { helix: 'intermediary', actors: 2, share: 2 / 11, isolated: 0, reasons: ['no_cross_helix_tie'] },
    ]);
  });

  it('counts the actors of each helix that are tied to nobody', () => {
    // U3 has no tie; Z1 (no helix) is left out; I1's MEMBER_OF link to X1 is not a tie.
    expect(report.isolated).toEqual({ government: 0, industry: 0, academia: 1, intermediary: 0, civil_society: 0 });
  });

  it('flags a helix whose actors are mostly tied to nobody, even when it is large and bridged', () => {
    // Industry: 7 of 9 actors, so not few; I1–U1 crosses helices; but I3…I7 have no tie at all.
    const report = helixStatistics(
      graphOf(
        [['U1', 'academia'], ['G1', 'government'], ...[1, 2, 3, 4, 5, 6, 7].map((i) => [`I${i}`, 'industry'] as const)],
        [['I1', 'U1'], ['I2', 'G1'], ['U1', 'G1']],
      ),
    );
    expect(report.thin).toEqual([{ helix: 'industry', actors: 7, share: 7 / 9, isolated: 5, reasons: ['mostly_isolated'] }]);
  });

  it('counts Gould–Fernandez brokerage roles per actor', () => {
    // I1 (industry) between G1, I2, U1 (G1–U1 not tied): {G1,I2} gov·ind·ind → gatekeeper/
    //   representative; {I2,U1} ind·ind·aca → gatekeeper/representative; {G1,U1} gov·ind·aca → liaison.
    expect(report.brokerage.byActor.I1).toEqual({
      coordinator: 0, gatekeeperRepresentative: 2, consultant: 0, liaison: 1, total: 3,
    });
    // U1 (academia) between I1, I3, U2: {I1,I3} ind·aca·ind → consultant; {I1,U2} and {I3,U2} →
    //   gatekeeper/representative.
    expect(report.brokerage.byActor.U1).toEqual({
      coordinator: 0, gatekeeperRepresentative: 2, consultant: 1, liaison: 0, total: 3,
    });
    // I2 between I1 and I4, I4 between I2 and I5: all industry → coordinator.
    expect(report.brokerage.byActor.I2!.coordinator).toBe(1);
    expect(report.brokerage.byActor.I4!.coordinator).toBe(1);
    // G1's two partners I1 and U1 know each other: no brokerage.
    expect(report.brokerage.byActor.G1!.total).toBe(0);
    expect(report.brokerage.byActor.Z1).toBeUndefined();
  });

  it('totals the brokerage roles', () => {
    expect(report.brokerage.totals).toEqual({
      coordinator: 2, gatekeeperRepresentative: 4, consultant: 1, liaison: 1, total: 8,
    });
  });
});

describe('helixStatistics options', () => {
  it('counts other relationship types as ties when asked', () => {
    // With MEMBER_OF, I1–X1 becomes a tie: intermediary now reaches industry and is not thin.
    const report = helixStatistics(network(), { tieTypes: ['COLLABORATES_WITH', 'MEMBER_OF'] });
    expect(report.ties.industry.intermediary).toBe(1);
    expect(report.thin.map((t) => t.helix)).toEqual(['government']);
    // X1 now brokers I1 and X2: ind·int·int → gatekeeper/representative.
    expect(report.brokerage.byActor.X1!.gatekeeperRepresentative).toBe(1);
  });

  it('takes the thin threshold as an option', () => {
    const report = helixStatistics(network(), { thinShare: 0.2 });
    expect(report.thin.find((t) => t.helix === 'intermediary')!.reasons).toEqual(['few_actors', 'no_cross_helix_tie']);
  });

  it('reports every helix missing and no indices when there are no actors', () => {
    const report = helixStatistics(graphOf([['S1', undefined, 'Sector']], []));
    expect(report.missing).toHaveLength(5);
    expect(report.totals.crossShare).toBeNull();
    expect(report.eiIndex.overall).toBeNull();
  });
});
