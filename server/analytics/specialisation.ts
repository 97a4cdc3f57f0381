// Regional specialisation and shift-share, the two measures regional economists read off a table
// of a measure x (participations, EU contribution, employment…) by category i and region r.
//
// Location quotient (Isard 1960, "Methods of Regional Analysis", ch. 7; Florence 1939):
//   LQ_ir = (x_ir / x_r) / (x_i / x)
// the category's share in the region over its share in the reference. Above 1 the region is
// specialised in the category relative to the reference, below 1 under-represented.
//
// Shift-share of the change between periods a and b (Dunn 1960, "A statistical and analytical
// technique for regional analysis", Papers of the Regional Science Association 6: 97–112):
//   x_ir,b − x_ir,a = NS_ir + IM_ir + RS_ir
//   NS_ir = x_ir,a · g                  national (reference) share, g   = X_b / X_a − 1
//   IM_ir = x_ir,a · (g_i − g)          category (industry) mix,    g_i = X_i,b / X_i,a − 1
//   RS_ir = x_ir,a · (r_i − g_i)        regional shift,             r_i = x_ir,b / x_ir,a − 1
// with X the reference. Esteban-Marquillas (1972, "A reinterpretation of shift-share analysis",
// Regional and Urban Economics 2: 249–255) splits the regional shift with the homothetic value
// x̂_ir,a = x_r,a · X_i,a / X_a (what the region would hold with the reference's mix):
//   RS_ir = x̂_ir,a · (r_i − g_i) + (x_ir,a − x̂_ir,a) · (r_i − g_i)   competitive + allocation.

/** A measure by category: category id → value. */
export type CategoryValues = Readonly<Record<string, number>>;

export interface LocationQuotient {
  category: string;
  /** x_ir: the region's value in the category. */
  value: number;
  /** x_ir / x_r; null when the region has nothing at all. */
  share: number | null;
  /** x_i: the reference's value in the category. */
  referenceValue: number;
  /** x_i / x; null when the reference has nothing at all. */
  referenceShare: number | null;
  /** (x_ir / x_r) / (x_i / x); null where a share is undefined or the reference lacks the category. */
  lq: number | null;
}

export interface Specialisation {
  /** x_r */
  total: number;
  /** x */
  referenceTotal: number;
  /** One per category of the region or the reference, highest LQ first (undefined last), then by id. */
  categories: LocationQuotient[];
}

const sum = (v: CategoryValues) => Object.values(v).reduce((s, x) => s + x, 0);
const categoriesOf = (...tables: CategoryValues[]) => [...new Set(tables.flatMap((t) => Object.keys(t)))].sort();
const byLqThenId = (a: { lq: number | null; category: string }, b: { lq: number | null; category: string }) =>
  (b.lq ?? -Infinity) - (a.lq ?? -Infinity) || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0);

/** LQ = (x_ir / x_r) / (x_i / x); null where a share is undefined or zero in the reference. */
export function locationQuotient(xir: number, xr: number, xi: number, x: number): number | null {
  if (xr <= 0 || x <= 0 || xi <= 0) return null;
  return xir / xr / (xi / x);
}

/** The location quotients of one region's values against a reference's values (both by category). */
export function specialisation(region: CategoryValues, reference: CategoryValues): Specialisation {
  const total = sum(region);
  const referenceTotal = sum(reference);
  const categories = categoriesOf(region, reference).map((category): LocationQuotient => {
    const value = region[category] ?? 0;
    const referenceValue = reference[category] ?? 0;
    return {
      category,
      value,
      share: total > 0 ? value / total : null,
      referenceValue,
      referenceShare: referenceTotal > 0 ? referenceValue / referenceTotal : null,
      lq: locationQuotient(value, total, referenceValue, referenceTotal),
    };
  });
  return { total, referenceTotal, categories: categories.sort(byLqThenId) };
}

export interface ShiftShareRow {
  category: string;
  /** x_ir,a and x_ir,b */
  a: number;
  b: number;
  /** x_ir,b − x_ir,a = nationalShare + categoryMix + regionalShift */
  change: number;
  nationalShare: number;
  categoryMix: number;
  regionalShift: number;
  /** Esteban-Marquillas: the regional shift of the homothetic value, and the rest (allocation). */
  competitive: number;
  allocation: number;
}

export interface ShiftShare {
  /** g = X_b / X_a − 1; null when the reference has nothing in period a. */
  referenceGrowth: number | null;
  /** Per category, largest regional shift first; totals sum the rows. */
  categories: ShiftShareRow[];
  totals: Omit<ShiftShareRow, 'category'>;
}

const growth = (from: number, to: number): number | null => (from > 0 ? to / from - 1 : null);

/**
 * Shift-share (Dunn 1960) of a region's change from period a to b against a reference's change.
 * Where a growth rate is undefined (nothing in period a) the term that needs it is 0 and the
 * regional shift takes the rest, so the three terms always add up to the change.
 */
export function shiftShare(regionA: CategoryValues, regionB: CategoryValues, referenceA: CategoryValues, referenceB: CategoryValues): ShiftShare {
  const g = growth(sum(referenceA), sum(referenceB));
  const xa = sum(regionA);
  const Xa = sum(referenceA);
  const rows = categoriesOf(regionA, regionB, referenceA, referenceB).map((category): ShiftShareRow => {
    const a = regionA[category] ?? 0;
    const b = regionB[category] ?? 0;
    const gi = growth(referenceA[category] ?? 0, referenceB[category] ?? 0);
    const nationalShare = g === null ? 0 : a * g;
    const categoryMix = g === null || gi === null ? 0 : a * (gi - g);
    const change = b - a;
    const regionalShift = change - nationalShare - categoryMix;
    const homothetic = Xa > 0 ? (xa * (referenceA[category] ?? 0)) / Xa : 0;
    const ri = growth(a, b);
    const competitive = ri === null || gi === null ? 0 : homothetic * (ri - gi);
    return { category, a, b, change, nationalShare, categoryMix, regionalShift, competitive, allocation: regionalShift - competitive };
  });
  const total = (k: keyof Omit<ShiftShareRow, 'category'>) => rows.reduce((s, r) => s + r[k], 0);
  return {
    referenceGrowth: g,
    categories: rows.sort((p, q) => q.regionalShift - p.regionalShift || (p.category < q.category ? -1 : 1)),
    totals: {
      a: total('a'),
      b: total('b'),
      change: total('change'),
      nationalShare: total('nationalShare'),
      categoryMix: total('categoryMix'),
      regionalShift: total('regionalShift'),
      competitive: total('competitive'),
      allocation: total('allocation'),
    },
  };
}
