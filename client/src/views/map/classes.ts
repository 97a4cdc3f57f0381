// Class breaks of the choropleth: quantiles of the values shown (each class holds about as many
// regions), breaks repeated by tied values merged, and a sequential palette light to dark.

/** ColorBrewer "Blues", light to dark (sequential, readable in grey). */
export const PALETTE = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const NO_VALUE = '#e1e5ea';

export interface Classes {
  /** Upper bounds of the classes but the last: a value below breaks[0] is class 0. */
  breaks: number[];
  colours: string[];
  min: number;
  max: number;
}

export function quantileClasses(values: number[], count = PALETTE.length): Classes {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return { breaks: [], colours: [], min: 0, max: 0 };
  const breaks: number[] = [];
  for (let i = 1; i < count; i++) {
    const q = sorted[Math.min(sorted.length - 1, Math.floor((i * sorted.length) / count))]!;
    if (q > sorted[0]! && q !== breaks[breaks.length - 1]) breaks.push(q);
  }
  const n = breaks.length + 1;
  // As many colours as classes, spread over the palette so the darkest stays the largest.
  const colours = Array.from({ length: n }, (_, i) => PALETTE[n === 1 ? PALETTE.length - 1 : Math.round((i * (PALETTE.length - 1)) / (n - 1))]!);
  return { breaks, colours, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** ColorBrewer "PuOr", diverging around 1 for location quotients: under-represented orange, specialised purple (colour-blind safe). */
export const LQ_PALETTE = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'] as const;
/** Class breaks of location quotients, symmetric around 1 on a log scale (0.5 ↔ 2, 0.8 ↔ 1.25). */
export const LQ_BREAKS = [0.5, 0.8, 1.25, 2] as const;

/** Fixed classes of location quotients, so that 1 (as the reference) keeps its colour on every map. */
export function lqClasses(values: number[]): Classes {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length) return { breaks: [], colours: [], min: 0, max: 0 };
  const max = Math.max(...finite);
  return { breaks: [...LQ_BREAKS], colours: [...LQ_PALETTE], min: 0, max: Math.max(max, LQ_BREAKS[LQ_BREAKS.length - 1]!) };
}

/** The class of a value: how many breaks it reaches. */
export function classOf(classes: Classes, value: number): number {
  let i = 0;
  while (i < classes.breaks.length && value >= classes.breaks[i]!) i++;
  return i;
}

export const colourOf = (classes: Classes, value: number | null | undefined): string =>
  value === null || value === undefined || !classes.colours.length ? NO_VALUE : classes.colours[classOf(classes, value)]!;

/** Each class's range [from, to): from the minimum, through the breaks, to the maximum. */
export function classRanges(classes: Classes): { from: number; to: number; colour: string }[] {
  const bounds = [classes.min, ...classes.breaks, classes.max];
  return classes.colours.map((colour, i) => ({ from: bounds[i]!, to: bounds[i + 1]!, colour }));
}
