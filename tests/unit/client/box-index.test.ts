import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../server/analytics/random.ts';
import { boxIndex } from '../../../client/src/canvas/box-index.ts';

// The grid the hit test of large scenes asks for the elements near the pointer: it must find every
// box a full scan finds, in the same order, or a click would select the wrong node.

function boxes(n: number, random: () => number): Float64Array {
  const out = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) {
    const x = random() * 5000;
    const y = random() * 3000;
    // Mostly small boxes (nodes, short links), some long links across the scene.
    const w = random() < 0.1 ? random() * 4000 : random() * 80;
    const h = random() < 0.1 ? random() * 2500 : random() * 80;
    out.set([x, y, x + w, y + h], 4 * i);
  }
  return out;
}

const scan = (b: Float64Array, x: number, y: number, m: number) => {
  const found: number[] = [];
  for (let i = 0; i < b.length / 4; i++) if (b[4 * i]! - m <= x && x <= b[4 * i + 2]! + m && b[4 * i + 1]! - m <= y && y <= b[4 * i + 3]! + m) found.push(i);
  return found;
};

describe('the grid of element boxes', () => {
  it('finds the same boxes as a full scan, in their order, near points inside and outside the scene', () => {
    const random = seededRandom(3);
    const b = boxes(20_000, random);
    const index = boxIndex(b);
    for (let k = 0; k < 300; k++) {
      const x = random() * 5600 - 300;
      const y = random() * 3600 - 300;
      const margin = [0, 8, 160, 2000][k % 4]!;
      expect(index.near(x, y, margin)).toEqual(scan(b, x, y, margin));
    }
  });

  it('answers nothing for no boxes, and finds a box that is a single point', () => {
    expect(boxIndex(new Float64Array(0)).near(0, 0, 10)).toEqual([]);
    const one = boxIndex(new Float64Array([5, 5, 5, 5]));
    expect(one.near(5, 5, 0)).toEqual([0]);
    expect(one.near(9, 5, 3)).toEqual([]);
  });
});
