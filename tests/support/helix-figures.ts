import { expect } from 'vitest';
import type { TripleHelix } from '../../contract/index.ts';

/** A triple helix drawn cut states the figures of its whole scope: the same counts as the uncut answer of that scope. */
export function expectFiguresOfWholeScope(cut: TripleHelix, uncut: TripleHelix, label: string): void {
  expect(cut.stats.matrix, label).toEqual(uncut.stats.matrix);
  expect(cut.stats.weightedMatrix, label).toEqual(uncut.stats.weightedMatrix);
  expect(cut.stats.actors, label).toEqual(uncut.stats.actors);
  expect(cut.stats.isolated, label).toEqual(uncut.stats.isolated);
}
