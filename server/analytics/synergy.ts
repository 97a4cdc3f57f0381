// Triple-helix synergy: the mutual information in three dimensions, T(UIG), of Leydesdorff.
//
// Sources:
// - L. Leydesdorff (2003), "The mutual information of university-industry-government relations: An
//   indicator of the Triple Helix dynamics", Scientometrics 58(2), 445–467:
//   T_uig = H_u + H_i + H_g − H_ui − H_ug − H_ig + H_uig, with H = −Σ p log2 p (bits). A negative T
//   is synergy: the three dimensions together reduce uncertainty more than the pairs account for.
// - L. Leydesdorff & Ø. Strand (2013), "The Swedish system of innovation: Regional synergies in a
//   knowledge-based economy", JASIST 64(9), 1890–1902 (and Leydesdorff & Fritsch 2006, Research
//   Policy 35(10), 1538–1553): the same T over any three categorical attributes of the records
//   (geography × technology × organisation, "GTO"), and its decomposition over sub-regions g:
//   T = Σ_g (n_g / N)·T_g + T_between, where ΔT_g = (n_g / N)·T_g is the contribution of g.
//
// Pure functions: the records come in already counted (cells of the three-way table).

/** One cell of the three-way table: the values of the three attributes and how many records hold them. */
export interface SynergyCell {
  values: readonly [string, string, string];
  /** A count, or a sum of fractional weights (a record with several values on a dimension is split evenly). */
  n: number;
}

export interface SynergyEntropies {
  a: number;
  b: number;
  c: number;
  ab: number;
  ac: number;
  bc: number;
  abc: number;
}

export interface Synergy {
  /** Records (sum of the cells). */
  n: number;
  /** Entropies in bits, of each attribute, each pair and all three. */
  entropies: SynergyEntropies;
  /** Mutual information of each pair in bits: T_ab = H_a + H_b − H_ab (≥ 0). */
  mutual: { ab: number; ac: number; bc: number };
  /** T in bits; 0 without records. Negative: synergy. */
  t: number;
  /** The cells with a count, merged (equal values once). */
  cells: SynergyCell[];
}

/** Shannon entropy in bits of a distribution given by counts (zeros ignored); 0 when empty. */
export function entropyBits(counts: Iterable<number>): number {
  let total = 0;
  const list: number[] = [];
  for (const c of counts) {
    if (!(c >= 0) || !Number.isFinite(c)) throw new Error(`a count must be a finite number ≥ 0, got ${c}`);
    if (c > 0) {
      list.push(c);
      total += c;
    }
  }
  if (total === 0) return 0;
  let h = 0;
  for (const c of list) {
    const p = c / total;
    h -= p * Math.log2(p);
  }
  // −Σ p log p of a one-valued distribution is exactly 0; rounding can leave −0 or 1e-17.
  return Math.max(0, h);
}

const KEY_SEPARATOR = '\u0000';

function marginal(cells: readonly SynergyCell[], pick: readonly number[]): number[] {
  const sums = new Map<string, number>();
  for (const cell of cells) {
    const key = pick.map((i) => cell.values[i]).join(KEY_SEPARATOR);
    sums.set(key, (sums.get(key) ?? 0) + cell.n);
  }
  return [...sums.values()];
}

/** Cells with equal values merged and empty ones dropped, in a stable order. */
export function mergeCells(cells: readonly SynergyCell[]): SynergyCell[] {
  const merged = new Map<string, SynergyCell>();
  for (const cell of cells) {
    if (!(cell.n >= 0) || !Number.isFinite(cell.n)) throw new Error(`a cell count must be a finite number ≥ 0, got ${cell.n}`);
    if (cell.n === 0) continue;
    const key = cell.values.join(KEY_SEPARATOR);
    const known = merged.get(key);
    merged.set(key, { values: cell.values, n: (known?.n ?? 0) + cell.n });
  }
  // Code-unit order, not localeCompare: the order only has to be stable, and this is ~50× cheaper.
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, cell]) => cell);
}

/** T over any three categorical attributes (Leydesdorff 2003; Leydesdorff & Strand 2013), from the cells of their table. */
export function synergyOf(input: readonly SynergyCell[]): Synergy {
  const cells = mergeCells(input);
  const n = cells.reduce((s, c) => s + c.n, 0);
  const h = (pick: number[]) => entropyBits(marginal(cells, pick));
  const entropies: SynergyEntropies = { a: h([0]), b: h([1]), c: h([2]), ab: h([0, 1]), ac: h([0, 2]), bc: h([1, 2]), abc: h([0, 1, 2]) };
  const e = entropies;
  const mutual = { ab: e.a + e.b - e.ab, ac: e.a + e.c - e.ac, bc: e.b + e.c - e.bc };
  const t = e.a + e.b + e.c - e.ab - e.ac - e.bc + e.abc;
  return { n, entropies, mutual: { ab: clean(mutual.ab), ac: clean(mutual.ac), bc: clean(mutual.bc) }, t: clean(t), cells };
}

/** Sums of logarithms leave ±1e-16 where the exact value is 0. */
const clean = (x: number): number => (Math.abs(x) < 1e-12 ? 0 : x);

type WeightedRecord = { values: readonly [string, string, string]; weight: number };
// An array has `values` too (Array.prototype.values), so ask for the weight.
const isWeighted = (r: readonly [string, string, string] | WeightedRecord): r is WeightedRecord => !Array.isArray(r);

/** Cells of records given one by one (each with its three values; weight 1 unless given). */
export function cellsOf(records: Iterable<readonly [string, string, string] | WeightedRecord>): SynergyCell[] {
  const cells: SynergyCell[] = [];
  for (const r of records) cells.push(isWeighted(r) ? { values: r.values, n: r.weight } : { values: r, n: 1 });
  return mergeCells(cells);
}

/** The three binary attributes of the presence form, e.g. academia, industry, government (U, I, G). */
export type PresenceDims = readonly [string, string, string];

/** Records that say which of the three are present (e.g. among a project's participants). */
export interface PresenceCell {
  present: readonly [boolean, boolean, boolean];
  n: number;
}

/** The eight cells of the presence table, in the order 000, 001, …, 111 (first attribute the high bit), zeros included. */
export function eightCells(input: readonly PresenceCell[]): PresenceCell[] {
  const counts = new Array<number>(8).fill(0);
  for (const c of input) counts[(c.present[0] ? 4 : 0) + (c.present[1] ? 2 : 0) + (c.present[2] ? 1 : 0)]! += c.n;
  return counts.map((n, k) => ({ present: [(k & 4) !== 0, (k & 2) !== 0, (k & 1) !== 0] as const, n }));
}

/** T(UIG) of presence records: each attribute is present (1) or absent (0). */
export function presenceSynergy(input: readonly PresenceCell[]): Synergy & { eight: PresenceCell[] } {
  const eight = eightCells(input);
  const bit = (b: boolean) => (b ? '1' : '0');
  return { ...synergyOf(eight.map((c) => ({ values: [bit(c.present[0]), bit(c.present[1]), bit(c.present[2])] as const, n: c.n }))), eight };
}

export interface GroupSynergy {
  group: string;
  n: number;
  /** T of the group's own records, bits. */
  t: number;
  /** Its contribution to the whole: (n_g / N)·T_g, bits. */
  deltaT: number;
}

export interface Decomposition {
  groups: GroupSynergy[];
  /** Σ ΔT_g. */
  sumOfContributions: number;
  /** T − Σ ΔT_g: the synergy between the groups, at the level above them. */
  between: number;
}

/**
 * The regional decomposition (Leydesdorff & Fritsch 2006; Leydesdorff & Strand 2013):
 * ΔT_g = (n_g / N)·T_g for each group g, and T_between = T − Σ_g ΔT_g. `total` is the T and N of the
 * whole; when the groups partition the whole's records, N = Σ n_g (a record in two groups, such as a
 * project with participants in two sub-regions, counts in both, and then Σ n_g > N).
 */
export function decompose(total: { t: number; n: number }, groups: ReadonlyMap<string, readonly SynergyCell[]>): Decomposition {
  const out: GroupSynergy[] = [];
  for (const [group, cells] of groups) {
    const s = synergyOf(cells);
    out.push({ group, n: s.n, t: s.t, deltaT: total.n > 0 ? clean((s.n / total.n) * s.t) : 0 });
  }
  const sumOfContributions = out.reduce((s, g) => s + g.deltaT, 0);
  return { groups: out, sumOfContributions: clean(sumOfContributions), between: clean(total.t - sumOfContributions) };
}
