import { seededRandom } from '../../analytics/random.ts';

export interface Interval {
  mean: number;
  /** 95 % percentile bootstrap interval over the evaluated actors. */
  low: number;
  high: number;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Percentile bootstrap over actors: `values[k][i]` is measure k of actor i; each resample draws
 * actors with replacement and computes `stat` of the resampled means (a mean, or a ratio of two).
 * Resampling actors, not candidates, because the figures are means over actors.
 */
export function bootstrap(values: number[][], stat: (means: number[]) => number, rounds = 1000, seed = 1): Interval {
  const n = values[0]?.length ?? 0;
  const meansOf = (pick: (i: number) => number) => values.map((v) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += v[pick(i)]!;
    return n ? s / n : 0;
  });
  const point = stat(meansOf((i) => i));
  const random = seededRandom(seed);
  const draws: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const idx = Array.from({ length: n }, () => Math.floor(random() * n));
    draws.push(stat(meansOf((i) => idx[i]!)));
  }
  draws.sort((a, b) => a - b);
  const q = (p: number) => draws[Math.min(draws.length - 1, Math.max(0, Math.floor(p * draws.length)))] ?? point;
  return { mean: round(point), low: round(q(0.025)), high: round(q(0.975)) };
}
