// Boxes in a uniform grid, to find the few near a point without testing them all: the hit test of
// large scenes (hit-test.ts) asks it on every mouse press, release and move.

/** Above this many cells across, a box is kept in a list of its own, tested on every query. */
const MAX_SPAN = 16;

export interface BoxIndex {
  /** Indices of the boxes within `margin` of (x, y), ascending (the order they were given in). */
  near(x: number, y: number, margin: number): number[];
}

/** `boxes` holds x1, y1, x2, y2 (x1 ≤ x2, y1 ≤ y2) for each box, in order. */
export function boxIndex(boxes: Float64Array): BoxIndex {
  const n = boxes.length / 4;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, boxes[4 * i]!);
    minY = Math.min(minY, boxes[4 * i + 1]!);
    maxX = Math.max(maxX, boxes[4 * i + 2]!);
    maxY = Math.max(maxY, boxes[4 * i + 3]!);
  }
  if (!(n > 0 && maxX >= minX && maxY >= minY)) return { near: () => [] };
  // About one box per cell on a square scene.
  const across = Math.max(1, Math.ceil(Math.sqrt(n)));
  const cell = Math.max(maxX - minX, maxY - minY, 1e-9) / across;
  const cols = Math.floor((maxX - minX) / cell) + 1;
  const rows = Math.floor((maxY - minY) / cell) + 1;
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - minX) / cell)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / cell)));

  // Cells as one array of box indices with each cell's start (counted first, then filled).
  const long: number[] = [];
  const starts = new Uint32Array(cols * rows + 1);
  const spans = (i: number) => [col(boxes[4 * i]!), row(boxes[4 * i + 1]!), col(boxes[4 * i + 2]!), row(boxes[4 * i + 3]!)] as const;
  for (let i = 0; i < n; i++) {
    const [c1, r1, c2, r2] = spans(i);
    if (c2 - c1 >= MAX_SPAN || r2 - r1 >= MAX_SPAN) continue;
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) starts[r * cols + c + 1]!++;
  }
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  const items = new Uint32Array(starts[starts.length - 1]!);
  const fill = starts.slice(0, -1);
  for (let i = 0; i < n; i++) {
    const [c1, r1, c2, r2] = spans(i);
    if (c2 - c1 >= MAX_SPAN || r2 - r1 >= MAX_SPAN) {
      long.push(i);
      continue;
    }
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) items[fill[r * cols + c]!++] = i;
  }

  const seen = new Uint32Array(n);
  let stamp = 0;
  const overlaps = (i: number, x: number, y: number, m: number) =>
    boxes[4 * i]! - m <= x && x <= boxes[4 * i + 2]! + m && boxes[4 * i + 1]! - m <= y && y <= boxes[4 * i + 3]! + m;
  return {
    near(x, y, margin) {
      stamp++;
      const found: number[] = [];
      const take = (i: number) => {
        if (seen[i] === stamp) return;
        seen[i] = stamp;
        if (overlaps(i, x, y, margin)) found.push(i);
      };
      if (x + margin >= minX && x - margin <= maxX && y + margin >= minY && y - margin <= maxY) {
        const c1 = col(x - margin);
        const c2 = col(x + margin);
        const r1 = row(y - margin);
        const r2 = row(y + margin);
        for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) for (let k = starts[r * cols + c]!; k < starts[r * cols + c + 1]!; k++) take(items[k]!);
      }
      for (const i of long) take(i);
      return found.sort((a, b) => a - b);
    },
  };
}
