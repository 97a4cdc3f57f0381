// L2-regularised logistic regression on standardised features, fitted by Newton's method (IRLS).
// Small on purpose: a few dozen features and tens of thousands of pairs fit in well under a second,
// the model is a list of weights a reader can check, and each score splits exactly into signed
// per-feature contributions (what the explanations are built from). The npm packages for it either
// lack L2 or bring a matrix library for what is a 40 × 40 solve.

export interface LogisticModel {
  features: string[];
  /** Standardisation: x' = (x − mean) / scale (scale 1 for a constant feature). */
  means: number[];
  scales: number[];
  /** Weights of the standardised features, and the intercept. */
  weights: number[];
  intercept: number;
  l2: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the intercept), per training row: λ·n·‖w‖²/2 is added to the loss. */
  l2?: number;
  iterations?: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves A x = b for a symmetric positive definite A (Cholesky); A is n × n row-major. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * n + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!;
    y[i] = s / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  return x;
}

export function fitLogistic(features: string[], rows: ArrayLike<number>[], labels: ArrayLike<number>, options: FitOptions = {}): LogisticModel {
  const l2 = options.l2 ?? 1e-3;
  const d = features.length;
  const n = rows.length;
  if (!n) throw new Error('no training rows');
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) means[j]! += r[j]! / n;
  for (const r of rows) for (let j = 0; j < d; j++) scales[j]! += (r[j]! - means[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scales[j] = Math.sqrt(scales[j]!) || 1;
  // Standardised design with a leading 1 for the intercept.
  const p = d + 1;
  const x = new Float64Array(n * p);
  rows.forEach((r, i) => {
    x[i * p] = 1;
    for (let j = 0; j < d; j++) x[i * p + j + 1] = (r[j]! - means[j]!) / scales[j]!;
  });
  const beta = new Float64Array(p);
  for (let it = 0; it < (options.iterations ?? 25); it++) {
    const grad = new Float64Array(p);
    const hess = new Float64Array(p * p);
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < p; j++) z += beta[j]! * x[i * p + j]!;
      const mu = sigmoid(z);
      const r = labels[i]! - mu;
      const w = Math.max(mu * (1 - mu), 1e-10);
      for (let j = 0; j < p; j++) {
        const xj = x[i * p + j]!;
        grad[j]! += r * xj;
        for (let k = 0; k <= j; k++) hess[j * p + k]! += w * xj * x[i * p + k]!;
      }
    }
    for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) hess[k * p + j] = hess[j * p + k]!;
    for (let j = 1; j < p; j++) {
      grad[j]! -= l2 * n * beta[j]!;
      hess[j * p + j]! += l2 * n;
    }
    const step = solve(hess, grad, p);
    let moved = 0;
    for (let j = 0; j < p; j++) {
      beta[j]! += step[j]!;
      moved = Math.max(moved, Math.abs(step[j]!));
    }
    if (moved < 1e-8) break;
  }
  return { features, means, scales, weights: [...beta.slice(1)], intercept: beta[0]!, l2 };
}

/** Each feature's signed share of the logit: weight × standardised value. They and the intercept sum to the logit. */
export function contributions(m: LogisticModel, row: ArrayLike<number>): number[] {
  return m.weights.map((w, j) => (w * (row[j]! - m.means[j]!)) / m.scales[j]!);
}

export function logit(m: LogisticModel, row: ArrayLike<number>): number {
  let z = m.intercept;
  for (let j = 0; j < m.weights.length; j++) z += (m.weights[j]! * (row[j]! - m.means[j]!)) / m.scales[j]!;
  return z;
}

export const probability = (m: LogisticModel, row: ArrayLike<number>) => sigmoid(logit(m, row));
